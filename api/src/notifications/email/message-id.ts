/**
 * The Message-ID of a delivery: the same for every try, so when a mail is sent again after a crash between
 * the server's acceptance and our commit, the receiving side can recognise the repeat.
 */
export function deliveryMessageId(deliveryId: string, publicUrl: string): string {
  return `<${deliveryId}@${new URL(publicUrl).hostname}>`;
}
