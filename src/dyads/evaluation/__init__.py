"""Measuring the coder: gold formats and the scorer behind `dyads eval`."""
