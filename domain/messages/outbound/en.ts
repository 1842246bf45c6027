/**
 * Messages Heard sends to a storyteller (issue 13, decision 0093), in English. Read by someone who
 * may not be alone: the subject and sender never mention abuse or safeguarding, and no text here
 * carries story words, names or the reference (the reference copy's body is sealed in its row).
 * SMS texts stay within 160 GSM characters with a typical link (tests/api/hear-back.test.ts), so
 * they use plain ASCII punctuation.
 */
export const en = {
  'meta.reviewStatus': 'community-reviewed',

  'subject.neutral': 'An update from {sender}',
  'subject.named': 'An update about the story you told {sender}',
  read: 'The people you told have read what you sent.',
  pack: 'What you told us was shared with the Board at its meeting on {date}.',
  action: 'Something you asked for has changed. It is now: {status}.',
  'status.proposed': 'suggested',
  'status.agreed': 'agreed',
  'status.in_progress': 'being done',
  'status.done': 'done',
  'status.not_taken_forward': 'not going ahead',
  stop: 'You asked to hear what happens. To stop these messages, go to {url} and enter your reference. Please do not reply to this message.',
  'sms.read':
    '{sender}: the people you told have read what you sent. To stop these messages: {url}',
  'sms.pack':
    '{sender}: what you told us was shared with the Board on {date}. To stop these messages: {url}',
  'sms.action':
    '{sender}: something you asked for has changed. It is now: {status}. To stop these messages: {url}',

  'copy.subject.neutral': 'Your copy',
  'copy.subject.named': 'Your copy of the story you told {sender}',
  'copy.intro':
    'You asked for a copy of what you sent. Keep it somewhere private. We have not kept this email address.',
  'copy.referenceUse':
    'To withdraw your story or change what you agreed to, go to {url} and enter your reference.',
  'copy.contactLeftOut': 'Your contact details are not shown in this copy.',

  'error.gone.title': 'We cannot email a copy of this story',
  'error.gone.detail':
    'A copy can only be emailed in the hour after you send your story. Keep your reference safe: write it down or print the page.',
  'error.already.title': 'A copy has already been sent',
  'error.already.detail': 'We send only one copy of each story. Look for it in your email.',
  'error.check.title': 'Some answers need checking',
  'error.email': 'Enter an email address in the correct format, like name@example.com',
  'error.reference': 'Enter the reference exactly as it was shown, like K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'Too many tries',
  'error.tooMany.detail': 'Please wait a few minutes and try again.',
} as const;

export type OutboundKey = Exclude<keyof typeof en, `meta.${string}`>;
