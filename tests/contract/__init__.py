"""The connector contract: one standard calendar scenario (:mod:`.scenario`) and the tests
every connector must pass against it (:mod:`.suite`)."""
