import { deliveryMessageId } from './message-id';

describe('deliveryMessageId', () => {
  it('is the delivery id at the portal host, without port or path', () => {
    expect(deliveryMessageId('8d0c6c2e-6a55-4f43-9d6b-2b8f4a3e1f00', 'https://referrals.example.com:8443/portal')).toBe(
      '<8d0c6c2e-6a55-4f43-9d6b-2b8f4a3e1f00@referrals.example.com>',
    );
    expect(deliveryMessageId('abc', 'http://localhost:3000')).toBe('<abc@localhost>');
  });
});
