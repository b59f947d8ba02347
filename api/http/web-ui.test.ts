import { withFirstAnswer } from './web-ui';

describe('withFirstAnswer', () => {
  it('puts the answer at the top of the head, escaping what could close its element', () => {
    const page = withFirstAnswer(
      '<html><head><script src="/boot.js"></script></head></html>',
      '{"name":"</script><b>"}',
    );
    expect(page).toBe(
      '<html><head><script type="application/json" id="first-answer">{"name":"\\u003c/script>\\u003cb>"}</script>' +
        '<script src="/boot.js"></script></head></html>',
    );
  });
});
