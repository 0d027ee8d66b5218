import { affectsWholeBatch, classifySendFailure } from './delivery-failure';

function smtpError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields['response'] ?? 'failed')), fields);
}

describe('classifySendFailure', () => {
  it('condemns the address on a 5xx answer to RCPT TO, keeping the server answer as the reason', () => {
    const failure = classifySendFailure(
      smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', response: '550 5.1.1 Mailbox does not exist' }),
    );
    expect(failure).toEqual({ kind: 'recipient_refused', reason: '550 5.1.1 Mailbox does not exist', code: 'EENVELOPE' });
  });

  it('condemns the address on a 5xx answer to the message itself', () => {
    expect(classifySendFailure(smtpError({ code: 'EMESSAGE', responseCode: 554, command: 'DATA', response: '554 rejected' })).kind).toBe(
      'recipient_refused',
    );
  });

  it('tries again after a 4xx answer, a refused connection, a timeout or a refused sender', () => {
    const cases = [
      smtpError({ code: 'EENVELOPE', responseCode: 450, command: 'RCPT TO', response: '450 mailbox busy' }),
      smtpError({ code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:2525' }),
      smtpError({ code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' }),
      smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'MAIL FROM', response: '550 sender not allowed' }),
      smtpError({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN', response: '535 bad credentials' }),
      smtpError({ code: 'EENVELOPE', responseCode: 503, command: 'RCPT TO', response: '503 bad sequence' }),
      'not even an error',
    ];
    for (const error of cases) expect(classifySendFailure(error).kind).toBe('temporary');
  });

  it('stops the rest of a batch only when the server cannot be reached', () => {
    expect(affectsWholeBatch(classifySendFailure(smtpError({ code: 'ECONNECTION' })))).toBe(true);
    expect(affectsWholeBatch(classifySendFailure(smtpError({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' })))).toBe(false);
    expect(affectsWholeBatch(classifySendFailure(smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' })))).toBe(false);
  });
});
