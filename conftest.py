"""Project-local settings only. The rowloss plugin is registered once, through
its ``pytest11`` entry point: naming it here as well would load it twice."""
