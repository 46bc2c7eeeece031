from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from rowloss.measure.strategies import ShapeSpace


@given(st.data())
@settings(max_examples=50, suppress_health_check=list(HealthCheck))
def test_faults_stand_inside_the_batch_and_after_the_first_allowed(data):
    space = ShapeSpace(min_size=2, first_fault_at=1, max_faults=2)
    shape = data.draw(space.strategy(500))
    assert 2 <= shape.size <= 500
    assert all(1 <= p < shape.size for p in shape.faults)
    assert list(shape.faults) == sorted(set(shape.faults))


def test_the_simplest_shape_is_the_smallest_batch_with_the_first_fault():
    shape = find(ShapeSpace(min_size=2, first_fault_at=1).strategy(3000), lambda s: True)
    assert (shape.size, shape.faults) == (2, (1,))


@given(st.data())
@settings(max_examples=50, suppress_health_check=list(HealthCheck))
def test_fixed_positions_and_size_are_kept(data):
    space = ShapeSpace(min_size=50, max_size=50, max_faults=1, positions=(1, 9, 10, 60))
    shape = data.draw(space.strategy(500))
    assert shape.size == 50, "the variant's size wins over the budget's"
    assert len(shape.faults) == 1 and shape.faults[0] in (1, 9, 10)
