/**
 * The tests in tests/ share one Neo4j database (and one browser), so their files run one after
 * another; unit tests beside the code keep running in parallel under the default runner.
 */
const TestRunner = require('jest-runner').default;

class SerialRunner extends TestRunner {
  constructor(...args) {
    super(...args);
    this.isSerial = true;
  }
}

module.exports = SerialRunner;
