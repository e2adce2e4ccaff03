"""Progress: attempts recorded as evidence, states derived from them."""
