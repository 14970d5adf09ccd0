"""The labelled special-category benchmark (issue 11); `make bench-sensitive` runs it."""
