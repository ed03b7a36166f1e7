import { MESSAGE_EXCERPT_LENGTH, messageExcerpt, ownSide } from './deal-conversation';

describe('ownSide', () => {
  it('is the side the caller is on; a user on both speaks as the requester', () => {
    expect(ownSide(['provider'])).toBe('provider');
    expect(ownSide(['requester'])).toBe('requester');
    expect(ownSide(['provider', 'requester'])).toBe('requester');
  });
});

describe('messageExcerpt', () => {
  it('keeps a short message whole, with its whitespace flattened', () => {
    expect(messageExcerpt('  周三可以\n\n送样吗？ ')).toBe('周三可以 送样吗？');
  });

  it('cuts a long one on a character boundary, ending with an ellipsis', () => {
    const excerpt = messageExcerpt('😀'.repeat(500));
    expect([...excerpt]).toHaveLength(MESSAGE_EXCERPT_LENGTH);
    expect(excerpt.endsWith('😀…')).toBe(true);
  });

  it('leaves a message of exactly the length alone', () => {
    const body = '样'.repeat(MESSAGE_EXCERPT_LENGTH);
    expect(messageExcerpt(body)).toBe(body);
  });
});
