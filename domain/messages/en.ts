/**
 * The English message catalogue: every word a storyteller reads. Keys are stable; other
 * languages and Easy Read are catalogues with the same keys and placeholders ({name}).
 * Keys ending in `.rep` are the wording for someone telling the story on another's behalf;
 * `t()` falls back to the key without `.rep` when a page needs no separate wording.
 */
export const en = {
  'meta.lang': 'en',
  'meta.dir': 'ltr',
  'meta.languageName': 'English',
  'meta.reviewStatus': 'community-reviewed',

  'service.name': 'Tell us about your safeguarding support',
  'page.title': '{heading} – {service}',
  'page.errorPrefix': 'Error: ',
  'common.continue': 'Continue',
  'common.back': 'Back',
  'common.change': 'Change',
  'common.getHelp': 'Get help to fill this in',
  'common.getHelpText':
    'You can ask a friend, family member, carer or advocate to help you. You can also phone {contactPhone} and someone will help you fill this in.',
  'common.getHelpTextNoPhone':
    'You can ask a friend, family member, carer or advocate to help you fill this in.',
  // Plural messages: one form for each category the language has (Intl.PluralRules), chosen
  // by the `{count}` value, so a person never reads "1 characters" (docs/translating.md).
  'common.charactersLeft': {
    one: 'You have {count} character left',
    other: 'You have {count} characters left',
  },
  'common.charactersTooMany': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },
  'common.skip': 'Skip this question',
  'common.charactersLimit': {
    one: 'You can enter up to {count} character',
    other: 'You can enter up to {count} characters',
  },
  'form.honeypotLabel': 'Leave this box empty',

  'exit.button': 'Exit this page',
  'embed.close': 'Close',
  'exit.hint': 'Or press the Shift key 3 times to leave quickly.',
  'exit.pressesLeft': 'Shift pressed {count} of 3 times',

  'danger.heading': 'If you or someone else is in danger now',
  'danger.call999': 'Call 999 if someone is in danger right now.',
  'danger.deafText':
    'If you cannot speak, call 999 and press 55 when asked, or text 999 if you are registered for emergency SMS.',
  'danger.contactIntro': 'To talk to someone about a worry, contact {contactName}:',
  'danger.phone': 'Phone: {phone}',
  'danger.link': 'Contact {contactName} online',
  'danger.keepGoingHours': {
    one: 'You can still finish telling us your story. A coordinator will read it within {count} working hour.',
    other:
      'You can still finish telling us your story. A coordinator will read it within {count} working hours.',
  },
  'danger.toggle': 'Help now: contacts if you are in danger',
  'danger.hide': 'Hide these contacts',
  'danger.crisisHeading': 'If you are thinking about suicide or hurting yourself',
  'danger.samaritans': 'Samaritans: call 116 123, free, at any time',
  'danger.nhs111': 'NHS 111: call 111 and choose the mental health option',

  'start.heading': 'Tell us about your safeguarding support',
  'start.lead':
    'If you had help because someone was worried about abuse or neglect, we want to hear how it went for you. What you tell us helps the {boardName} make safeguarding better.',
  'start.notReportHeading': 'This is not the way to report abuse',
  'start.notReport':
    'We do not read stories straight away. If you are worried about abuse or neglect now, contact {contactName}.',
  'start.usedHeading': 'How we use what you tell us',
  'start.used1':
    'A forum coordinator reads every story and removes anything that could identify anyone.',
  'start.used2': 'You choose what your story may be used for. You can change your mind later.',
  'start.used3': 'We count answers anonymously to see how well safeguarding works for people.',
  'start.time': 'It takes about 10 to 15 minutes. You can skip the questions marked optional.',
  'start.button': 'Start now',
  'start.siteBy': 'This is run by {partnerName} for the {boardName}.',

  'online.heading': 'Staying safe online',
  'online.p1':
    'If someone might see what you are doing, use the "Exit this page" button. It takes you to another website straight away.',
  'online.p2': 'You can also press the Shift key 3 times to leave quickly.',
  'online.p3':
    'Leaving this page does not remove it from your browser history. We do not save anything on your device. To hide that you visited, use a private or incognito window, or clear your history afterwards.',

  'who.heading': 'Who is filling this in?',
  'who.hint': 'You can tell us about your own experience, or about someone you help.',
  'who.self': 'I am the person who had the support',
  'who.family': 'A family member',
  'who.friend': 'A friend',
  'who.carer': 'An unpaid carer',
  'who.advocate': 'An independent advocate (including an IMCA)',
  'who.other': 'Someone else',
  'who.error': 'Select who is filling this in',

  'knows.heading': 'Does the person know you are telling us about their support?',
  'knows.yes_happy': 'Yes, and they are happy for me to tell you',
  'knows.unable_to_decide': 'They are not able to decide this',
  'knows.died': 'The person has died',
  'knows.not_asked': 'I have not asked them',
  'knows.notAskedHint':
    'If you have not asked them, we will count your answers anonymously but we will not use your story in any other way.',
  'knows.error': 'Select whether the person knows you are telling us',

  'reason.heading': 'Did you get help because someone was worried about abuse or neglect?',
  'reason.heading.rep': 'Did they get help because someone was worried about abuse or neglect?',
  'reason.hint': 'This might be called a safeguarding enquiry or a safeguarding concern.',
  'reason.yes': 'Yes',
  'reason.no': 'No',
  'reason.not_sure': 'I am not sure',
  'reason.error': 'Select yes, no or not sure',

  'finished.heading': 'When did the help finish?',
  'finished.still_happening': 'It is still happening',
  'finished.under_3_months': 'Less than 3 months ago',
  'finished.3_to_12_months': '3 to 12 months ago',
  'finished.over_1_year': 'More than a year ago',
  'finished.not_sure': 'I am not sure',
  'finished.error': 'Select when the help finished',
  'atRisk.heading': 'Is anyone hurting you or putting you at risk now?',
  'atRisk.heading.rep': 'Is anyone hurting them or putting them at risk now?',
  'atRisk.hint':
    'For example, hitting you, frightening you, taking your money or not caring for you. This is about now, not about the help you had.',
  'atRisk.hint.rep':
    'For example, hitting them, frightening them, taking their money or not caring for them. This is about now, not about the help they had.',
  'atRisk.yes': 'Yes',
  'atRisk.no': 'No',
  'atRisk.not_sure': 'I am not sure',
  'atRisk.error': 'Select whether anyone is hurting you or putting you at risk now',
  'atRisk.error.rep': 'Select whether anyone is hurting them or putting them at risk now',

  'asked.heading': 'At the start, did anyone ask you what you wanted to happen?',
  'asked.heading.rep': 'At the start, did anyone ask them what they wanted to happen?',
  'asked.yes_expressed': 'Yes, and I told them',
  'asked.yes_expressed.rep': 'Yes, and they said what they wanted',
  'asked.yes_not_expressed': 'Yes, but I did not say what I wanted',
  'asked.yes_not_expressed.rep': 'Yes, but they did not say what they wanted',
  'asked.no': 'No',
  'asked.dont_know': 'I do not know',
  'asked.error': 'Select whether anyone asked what you wanted to happen',
  'asked.error.rep': 'Select whether anyone asked what they wanted to happen',

  'wanted.heading': 'What did you want to happen?',
  'wanted.heading.rep': 'What did they want to happen?',
  'wanted.hint': 'Use your own words. Please leave out names of people and places.',
  'wanted.error': 'Tell us what you wanted to happen, or skip this question',
  'wanted.errorTooLong': {
    one: 'What you wanted to happen must be {count} character or fewer',
    other: 'What you wanted to happen must be {count} characters or fewer',
  },

  'achieved.heading': 'Did that happen?',
  'achieved.fully': 'Yes, fully',
  'achieved.partly': 'Partly',
  'achieved.no': 'No',
  'achieved.dont_know': 'I do not know',
  'achieved.error': 'Select whether what you wanted happened',
  'achieved.error.rep': 'Select whether what they wanted happened',

  'safer.heading': 'Do you feel safer now?',
  'safer.heading.rep': 'Do they feel safer now?',
  'safer.a_lot': 'Yes, a lot safer',
  'safer.a_bit': 'Yes, a bit safer',
  'safer.no_different': 'No different',
  'safer.less_safe': 'Less safe',
  'safer.dont_know': 'I do not know',
  'safer.error': 'Select whether you feel safer now',
  'safer.error.rep': 'Select whether they feel safer now',

  'experience.caption': 'How you were treated ({number} of {total})',
  'experience.caption.rep': 'How they were treated ({number} of {total})',
  'experience.listened': 'I was listened to',
  'experience.listened.rep': 'They were listened to',
  'experience.involved': 'I was involved as much as I wanted to be',
  'experience.involved.rep': 'They were involved as much as they wanted to be',
  'experience.dignity': 'I was treated with dignity and respect',
  'experience.dignity.rep': 'They were treated with dignity and respect',
  'experience.informed': 'I was kept informed about what was happening',
  'experience.informed.rep': 'They were kept informed about what was happening',
  'experience.understood_roles': 'I understood who everyone was and what they were doing',
  'experience.understood_roles.rep': 'They understood who everyone was and what they were doing',
  'experience.shared_when_needed': 'My information was only shared when it needed to be',
  'experience.shared_when_needed.rep': 'Their information was only shared when it needed to be',
  'experience.yes_completely': 'Yes, completely',
  'experience.yes_partly': 'Yes, partly',
  'experience.no': 'No',
  'experience.dont_know': 'I do not know',
  'experience.not_applicable': 'This does not apply',
  'experience.error': 'Select an answer for "{statement}"',

  'helpSay.heading': 'Did anyone help you have a say?',
  'helpSay.heading.rep': 'Did anyone help them have a say?',
  'helpSay.advocate': 'Yes, an advocate',
  'helpSay.family_friend': 'Yes, family or a friend',
  'helpSay.both': 'Yes, both an advocate and family or friends',
  'helpSay.no_one_wanted': 'No one, but I wanted help',
  'helpSay.no_one_wanted.rep': 'No one, but they wanted help',
  'helpSay.no_one_not_needed': 'No one, and no help was needed',
  'helpSay.dont_know': 'I do not know',
  'helpSay.error': 'Select whether anyone helped you have a say',
  'helpSay.error.rep': 'Select whether anyone helped them have a say',

  'harm.heading': 'What kind of harm was it about?',
  'harm.hint': 'This question is optional. Select all that apply.',
  'harm.physical': 'Someone hurting their body (physical abuse)',
  'harm.sexual': 'Sexual abuse',
  'harm.psychological': 'Threats, bullying or being made to feel frightened (psychological abuse)',
  'harm.financial': 'Money or belongings being taken or misused (financial abuse)',
  'harm.discriminatory': 'Being treated badly because of who they are (discrimination)',
  'harm.organisational': 'Poor care from a care home, hospital or service (organisational abuse)',
  'harm.neglect': 'Not getting the care or help they needed (neglect)',
  'harm.domestic': 'Abuse from a partner or family member (domestic abuse)',
  'harm.sexual_exploitation': 'Being used for sex (sexual exploitation)',
  'harm.modern_slavery': 'Being forced to work or controlled (modern slavery)',
  'harm.self_neglect': 'Not being able to look after themselves (self-neglect)',

  'where.heading': 'Where did it happen?',
  'where.hint': 'This question is optional.',
  'where.own_home': 'At home',
  'where.community': 'Out and about in the community',
  'where.community_service': 'At a day centre or other community service',
  'where.care_home_nursing': 'In a nursing home',
  'where.care_home_residential': 'In a care home',
  'where.hospital_acute': 'In a general hospital',
  'where.hospital_mental_health': 'In a mental health hospital',
  'where.hospital_community': 'In a community hospital',
  'where.other': 'Somewhere else',

  'story.heading': 'Tell us what happened, in your own words',
  'story.heading.rep': 'Tell us what happened, in your own words',
  'story.hint':
    'What happened, and how did the people helping you treat you? Please leave out names of people, places and dates. We remove anything that could identify someone.',
  'story.hint.rep':
    'What happened, and how did the people helping them treat them? Please leave out names of people, places and dates. We remove anything that could identify someone.',
  'story.error': 'Tell us what happened',
  'story.errorTooLong': {
    one: 'Your story must be {count} character or fewer',
    other: 'Your story must be {count} characters or fewer',
  },

  'helped.heading': 'What helped most?',
  'helped.hint': 'This question is optional.',
  'helped.errorTooLong': {
    one: 'What helped most must be {count} character or fewer',
    other: 'What helped most must be {count} characters or fewer',
  },

  'change.heading': 'What should change?',
  'change.hint': 'This question is optional. What would have made things better?',
  'change.errorTooLong': {
    one: 'What should change must be {count} character or fewer',
    other: 'What should change must be {count} characters or fewer',
  },

  'consent.heading': 'How may we use your story?',
  'consent.heading.rep': 'How may we use this story?',
  'consent.hint': 'Select all that you agree to. You do not have to agree to any of them.',
  'consent.board_share': 'Share it with the Safeguarding Adults Board, with details removed',
  'consent.training': 'Use it to train staff, with details removed',
  'consent.publish': 'Publish it on our website, with details removed',
  'consent.quote': 'Quote my exact words',
  'consent.quote.rep': 'Quote the exact words I have written',
  'consent.contact_check': 'Contact me to check my story before it is used',
  'consent.contact_involve': 'Contact me about getting involved in the service user forum',
  'consent.statistics':
    'We always count your answers to the questions anonymously, to see how well safeguarding works. Nobody can be identified from these numbers.',
  'consent.duration':
    'Your choices last for 24 months. You can change your mind or withdraw your story at any time using the reference number we give you.',
  'consent.notAsked':
    'Because the person has not been asked, we will only count these answers anonymously. We will not share or publish the story.',
  'consent.none': 'None of these',

  'contact.heading': 'How should we contact you?',
  'contact.hint': 'We will only use this to contact you about what you chose.',
  'contact.name': 'Your name',
  'contact.nameHint': 'Optional. The name you would like us to use.',
  'contact.method': 'How should we contact you?',
  'contact.email': 'Email',
  'contact.emailLabel': 'Email address',
  'contact.phone': 'Phone',
  'contact.phoneLabel': 'Phone number',
  'contact.phoneHint': 'For international numbers include the country code',
  'contact.safeMessage': 'Is it safe to leave a message?',
  'contact.safeMessageYes': 'Yes, it is safe to leave a message',
  'contact.safeMessageNo': 'No, do not leave a message',
  'contact.safeMessageHint':
    'Think about whether someone else might read your messages or answer your phone.',
  'contact.wording': 'How should our messages be worded?',
  'contact.wordingHint':
    'Someone else might see the subject or who it is from. If you do not choose, we use private wording.',
  'contact.wordingNeutral': 'Private: the subject and sender do not mention abuse or safeguarding',
  'contact.wordingNamed': 'Plain: the subject says it is about the story you told',
  'contact.errorMethod': 'Select how we should contact you',
  'contact.errorEmail': 'Enter an email address in the correct format, like name@example.com',
  'contact.errorPhone': 'Enter a phone number, like 01632 960 001 or 07700 900 982',
  'contact.errorSafeMessage': 'Select whether it is safe to leave a message',
  'contact.errorName': {
    one: 'Your name must be {count} character or fewer',
    other: 'Your name must be {count} characters or fewer',
  },

  'check.heading': 'Check your answers before sending',
  'check.sendHeading': 'Now send your story',
  'check.sendText':
    'By sending this you confirm that what you have told us is true to the best of your knowledge.',
  'check.send': 'Send',
  'check.sending': 'Sending your story…',
  'check.notAnswered': 'Not answered',
  'check.noneSelected': 'None selected',
  'check.consented': 'Yes',
  'check.notConsented': 'No',
  'check.consentsHeading': 'How we may use it',
  'check.answersHeading': 'Your answers',
  'check.retrying':
    'We could not reach our server. We are trying again. Your answers are safe on this page.',
  'check.failed':
    'Sorry, we could not send your story. Your answers are still here. Please try again in a few minutes.',
  'check.rateLimited':
    'We have had a lot of stories from this connection. Please wait a few minutes and press Send again. Everything you wrote is still here.',

  'done.heading': 'Your story has been sent',
  'done.referenceLabel': 'Your reference number',
  'done.writeDown':
    'Write this number down or take a photo of it. You need it to change your choices or withdraw your story. We do not keep a copy on your device.',
  'done.nextHeading': 'What happens next',
  'done.next1': 'A forum coordinator will read your story within 5 working days.',
  'done.next1UrgentHours': {
    one: 'Because you told us someone may be in danger, a coordinator will read your story within {count} working hour.',
    other:
      'Because you told us someone may be in danger, a coordinator will read your story within {count} working hours.',
  },
  'done.nextContact': 'You asked us to contact you. We will do it in the way you chose.',
  'done.keepCopyHeading': 'Keep a copy',
  'done.print': 'Print this page',
  'done.answers': 'Your answers',
  'done.copyHeading': 'Email me a copy',
  'done.copyHint':
    'We will send your reference number and answers to this address once. We do not keep the address afterwards. Use an address only you can read.',
  'done.copySend': 'Send me a copy',
  'done.copySending': 'Sending your copy…',
  'done.copySent':
    'We are sending a copy to the address you gave. It may take a few minutes to arrive.',
  'done.copyErrorAlready': 'We have already sent a copy of this story. We can only send one.',
  'done.copyErrorTooLate':
    'It is too late to send a copy by email. Write down your reference number or print this page.',
  'done.copyErrorFailed': 'Sorry, we could not send a copy just now. Try again later.',
  'done.next2': 'They will remove anything that could identify anyone.',
  'done.next3': 'Your story will only be used in the ways you chose.',
  'done.passOnHeading': 'When we might pass information on',
  'done.passOn':
    'If what you told us makes us think someone is at risk of serious harm, we may need to pass information to the safeguarding team to keep them safe. We would try to talk to you first if we could.',
  'done.withdraw': 'Change your choices or withdraw your story',
  'done.supportHeading': 'Support',
  'done.support':
    'If this brought up difficult feelings, you can talk to Samaritans any time on 116 123 (free).',

  'errors.summaryTitle': 'There is a problem',
  'errors.server':
    'Sorry, there is a problem with the service. Your answers have not been lost. Try again later.',
  'errors.tooLong': {
    one: 'This must be {count} character or fewer',
    other: 'This must be {count} characters or fewer',
  },
  'errors.unknownSite': 'We could not find this page. Check the link you followed.',
  'errors.notFoundHeading': 'Page not found',
  'errors.otherSiteHeading': 'We could not accept this form',
  'errors.tooLarge':
    'What you sent is too long for us to accept. Please shorten your answers and try again.',
  'errors.otherSite':
    'We could not accept this form because it was sent from another website. Please use the form on this page.',

  'noscript.heading': 'Tell us about your safeguarding support',
  'noscript.onlyRepresentatives': 'Only answer this if you are telling us about someone else.',
  'noscript.onlyIfAsked': 'Only answer this if someone asked what you wanted to happen.',
  'noscript.onlyIfContact': 'Only answer this if you chose to be contacted.',
  'noscript.intro':
    'Answer these questions and press Send at the end. You can leave out the questions that say they are optional.',
  'withdraw.title': 'Change your choices or withdraw your story',
  'withdraw.intro':
    'You can withdraw your story, or change how it may be used, at any time. You do not need an account: you need the reference number you were given when you sent your story.',
  'withdraw.referenceLabel': 'Your reference number',
  'withdraw.referenceHint':
    'It was on the page you saw after you sent your story. It looks like K7M-2QX-4TR-8WZD.',
  'withdraw.continue': 'Continue',
  'withdraw.exit': 'Exit this page',
  'withdraw.lostReference':
    'If you have lost your reference number, ask the organisation whose website you used to contact the forum coordinator.',
  'withdraw.error.empty': 'Enter your reference number',
  'withdraw.error.length':
    'Your reference number must be 13 letters and numbers, like K7M-2QX-4TR-8WZD',
  'withdraw.error.characters':
    'Your reference number must only include letters, numbers, spaces and dashes',
  'withdraw.error.check':
    'Check your reference number: one of the letters or numbers may be wrong, or two may be the wrong way round',
  'withdraw.error.notFound':
    'We could not find a story with that reference. Check it and try again.',
  'withdraw.error.tooMany':
    'You have tried several reference numbers. Please wait {minutes} minutes and try again.',
  'withdraw.error.chooseAction': 'Choose whether to withdraw your story or change your choices',
  'withdraw.choicesHeading': 'What would you like to do?',
  'withdraw.actionWithdraw': 'Withdraw my story',
  'withdraw.actionWithdrawHint':
    'We will delete what you wrote and any contact details at once. This cannot be undone.',
  'withdraw.actionChange': 'Change how my story may be used',
  'withdraw.actionChangeHint': 'Untick anything you no longer agree to.',
  'withdraw.purposesLegend': 'You agreed that we may:',
  'withdraw.purposesHint': 'Untick anything you no longer agree to. You cannot add new uses here.',
  'withdraw.noPurposes':
    'You did not agree to any uses of your story that you could change. You can still withdraw it.',
  'withdraw.submit': 'Confirm',
  'withdraw.doneWithdrawnHeading': 'Your story has been withdrawn',
  'withdraw.doneWithdrawnBody':
    'We have deleted what you wrote and any contact details you gave. Your story will not be used in any new papers for the Board, in training or on a website.',
  'withdraw.doneRecordBody':
    'Papers already given to a Board meeting stay as a record of that meeting; they never contained your name or details. Your answers to the multiple-choice questions still count, anonymously, in statistics.',
  'withdraw.doneChangedHeading': 'Your choices have been changed',
  'withdraw.doneChangedBody':
    'We will no longer use your story in the ways you unticked. This took effect straight away.',
  'withdraw.doneNoChange': 'You did not untick anything, so nothing has changed.',
  'withdraw.alreadyWithdrawnHeading': 'This story has already been withdrawn',
  'withdraw.alreadyWithdrawnBody':
    'What you wrote has been deleted. There is nothing more you need to do.',
  'withdraw.startAgain': 'Change the choices for another story',
  'withdraw.support':
    'If this brought up difficult feelings, you can talk to Samaritans any time on 116 123 (free).',
  'language.navLabel': 'Choose a language',
  'language.machineDrafted':
    'This translation has not been checked by a native speaker yet. If anything is unclear, you can ask someone to help you.',
} as const;

export type MessageKey = keyof typeof en;

/**
 * A plural message: a form for each plural category its language has, exactly those
 * `new Intl.PluralRules(lang).resolvedOptions().pluralCategories` lists (English one/other,
 * Polish one/few/many/other, Arabic zero/one/two/few/many/other). `translate()` picks the form
 * for the `count` value.
 */
export type PluralForms = Readonly<
  Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
>;

type English = typeof en;

/** Keys whose message has plural forms rather than one string. */
export type PluralKey = { [K in MessageKey]: English[K] extends string ? never : K }[MessageKey];

export type Catalogue = { [K in MessageKey]: English[K] extends string ? string : PluralForms };
