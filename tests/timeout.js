/* global jest */
// Every integration test talks to a real Neo4j on a machine that may be shared: a hook or test
// gets a minute (files that need longer set their own), not jest's 5 s.
jest.setTimeout(60_000);
