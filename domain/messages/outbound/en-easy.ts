import type { OutboundCatalogue } from './types.ts';

/** Easy Read English. Machine-drafted: not yet checked with Easy Read readers (docs/translating.md). */
export const enEasy: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': 'News from {sender}',
  'subject.named': 'News about the story you told {sender}',
  read: 'We have read what you sent us.',
  pack: 'We told the Board what you said. The Board met on {date}.',
  action: 'Something you asked for has changed. Now it is: {status}.',
  'status.proposed': 'an idea',
  'status.agreed': 'agreed',
  'status.in_progress': 'being done',
  'status.done': 'done',
  'status.not_taken_forward': 'not going to happen',
  stop: 'You asked us to tell you what happens. To stop these messages, go to {url} and type your reference. Please do not reply to this message.',
  'sms.read': '{sender}: we have read what you sent us. To stop these messages: {url}',
  'sms.pack': '{sender}: we told the Board what you said on {date}. To stop these messages: {url}',
  'sms.action':
    '{sender}: something you asked for has changed. Now it is: {status}. To stop: {url}',

  'copy.subject.neutral': 'Your copy',
  'copy.subject.named': 'Your copy of the story you told {sender}',
  'copy.intro':
    'You asked for a copy of what you sent. Keep it safe and private. We have not kept your email address.',
  'copy.referenceUse':
    'To take your story back or change what you said yes to, go to {url} and type your reference.',
  'copy.contactLeftOut': 'Your contact details are not in this copy.',

  'error.gone.title': 'We cannot email a copy of this story',
  'error.gone.detail':
    'We can only email a copy in the first hour after you send your story. Keep your reference safe. Write it down or print the page.',
  'error.already.title': 'We already sent a copy',
  'error.already.detail': 'We only send one copy. Look in your email.',
  'error.check.title': 'Please check your answers',
  'error.email': 'Type an email address like name@example.com',
  'error.reference': 'Type the reference the same as on the screen, like K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'Too many tries',
  'error.tooMany.detail': 'Please wait a few minutes. Then try again.',
};
