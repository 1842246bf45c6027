import type { CatalogueDraft } from '../languages.ts';

/**
 * Easy Read English: the same keys and placeholders as English, in short sentences (no more
 * than 15 words, one idea each) and everyday words, for people with learning disabilities and
 * anyone who finds reading hard. Checked by tests/api/readability-catalogues.test.ts; the
 * limits are in docs/translating.md. Answers map to the same codes as the standard version.
 */
export const enEasy = {
  'meta.lang': 'en',
  'meta.dir': 'ltr',
  'meta.languageName': 'Easy Read',
  'meta.reviewStatus': 'machine-drafted',

  'service.name': 'Tell us about your safeguarding support',
  'page.title': '{heading} – {service}',
  'page.errorPrefix': 'Error: ',
  'common.continue': 'Next',
  'common.back': 'Back',
  'common.change': 'Change',
  'common.getHelp': 'Get help to fill this in',
  'common.getHelpText':
    'You can ask someone you trust to help you. You can phone {contactPhone} for help.',
  'common.getHelpTextNoPhone': 'You can ask someone you trust to help you fill this in.',
  'common.charactersLeft': {
    one: 'You can write {count} more letter',
    other: 'You can write {count} more letters',
  },
  'common.charactersTooMany': {
    one: 'You wrote {count} letter too many',
    other: 'You wrote {count} letters too many',
  },
  'common.skip': 'Skip this question',

  'exit.button': 'Leave this page now',
  'embed.close': 'Close',
  'exit.hint': 'You can also press the Shift key 3 times to leave.',
  'exit.pressesLeft': 'You pressed Shift {count} of 3 times',

  'danger.heading': 'Are you or someone else in danger now?',
  'danger.call999': 'Phone 999 if someone is in danger now.',
  'danger.deafText':
    'If you cannot speak, phone 999. Then press 55 when you hear a voice. You can text 999 if you signed up for this.',
  'danger.contactIntro': 'To talk about a worry, contact {contactName}:',
  'danger.phone': 'Phone: {phone}',
  'danger.link': 'Contact {contactName} on the internet',
  'danger.keepGoingHours': {
    one: 'You can still tell us your story. A person will read it within {count} working hour.',
    other: 'You can still tell us your story. A person will read it within {count} working hours.',
  },
  'danger.toggle': 'Help now: who to contact if you are in danger',
  'danger.hide': 'Hide these contacts',
  'danger.crisisHeading': 'Are you thinking about suicide or hurting yourself?',
  'danger.samaritans': 'Samaritans: phone 116 123. It is free, day and night.',
  'danger.nhs111': 'NHS 111: phone 111. Choose the mental health option.',

  'start.heading': 'Tell us about the help you got',
  'start.lead':
    'Some people get help because of abuse or neglect. We want to know how this help was for you. Your story helps the {boardName} make things better.',
  'start.notReportHeading': 'Do not use this to tell us about abuse',
  'start.notReport':
    'We do not read stories straight away. Are you worried about abuse now? Contact {contactName}.',
  'start.usedHeading': 'What we do with your story',
  'start.used1': 'A person reads every story. They take out names and other details.',
  'start.used2': 'You choose how we can use your story. You can change your mind later.',
  'start.used3': 'We count the answers. We do not show who gave them.',
  'start.time': 'This takes about 10 to 15 minutes. You can skip some questions.',
  'start.button': 'Start',
  'start.siteBy': '{partnerName} runs this for the {boardName}.',

  'online.heading': 'Staying safe on the internet',
  'online.p1':
    'Is someone watching what you do? Press the button that says "Leave this page now". It takes you to a different website.',
  'online.p2': 'You can also press the Shift key 3 times to leave.',
  'online.p3':
    'Your phone or computer may still show you looked at this page. We do not save anything on your phone or computer. You can use a private window to hide it.',

  'who.heading': 'Who is filling this in?',
  'who.hint': 'You can tell us about you. Or you can tell us about someone you help.',
  'who.self': 'Me. I got the help.',
  'who.family': 'Someone in their family',
  'who.friend': 'A friend',
  'who.carer': 'A carer who is not paid',
  'who.advocate': 'An advocate. This is someone who helps a person speak up.',
  'who.other': 'Someone else',
  'who.error': 'Choose who is filling this in',

  'knows.heading': 'Does the person know you are telling us this?',
  'knows.yes_happy': 'Yes. They are happy for me to tell you.',
  'knows.unable_to_decide': 'They cannot decide this',
  'knows.died': 'The person has died',
  'knows.not_asked': 'I have not asked them',
  'knows.notAskedHint':
    'If you have not asked them, we will only count your answers. We will not use the story.',
  'knows.error': 'Choose if the person knows you are telling us',

  'reason.heading': 'Did you get help because someone was worried about abuse or neglect?',
  'reason.heading.rep': 'Did they get help because someone was worried about abuse or neglect?',
  'reason.hint': 'This is sometimes called safeguarding.',
  'reason.yes': 'Yes',
  'reason.no': 'No',
  'reason.not_sure': 'I am not sure',
  'reason.error': 'Choose yes, no or not sure',

  'finished.heading': 'When did the help stop?',
  'finished.still_happening': 'I still get the help',
  'finished.under_3_months': 'Less than 3 months ago',
  'finished.3_to_12_months': '3 to 12 months ago',
  'finished.over_1_year': 'More than a year ago',
  'finished.not_sure': 'I am not sure',
  'finished.error': 'Choose when the help stopped',
  'atRisk.heading': 'Is someone hurting you or putting you in danger now?',
  'atRisk.heading.rep': 'Is someone hurting them or putting them in danger now?',
  'atRisk.hint':
    'This means things like hitting, scaring you or taking your money. It is about now.',
  'atRisk.hint.rep':
    'This means things like hitting, scaring them or taking their money. It is about now.',
  'atRisk.yes': 'Yes',
  'atRisk.no': 'No',
  'atRisk.not_sure': 'I am not sure',
  'atRisk.error': 'Choose if someone is hurting you now',
  'atRisk.error.rep': 'Choose if someone is hurting them now',

  'asked.heading': 'At the start, did someone ask what you wanted to happen?',
  'asked.heading.rep': 'At the start, did someone ask what they wanted to happen?',
  'asked.yes_expressed': 'Yes. I told them what I wanted.',
  'asked.yes_expressed.rep': 'Yes. They said what they wanted.',
  'asked.yes_not_expressed': 'Yes. But I did not say what I wanted.',
  'asked.yes_not_expressed.rep': 'Yes. But they did not say what they wanted.',
  'asked.no': 'No',
  'asked.dont_know': 'I do not know',
  'asked.error': 'Choose if someone asked what you wanted',
  'asked.error.rep': 'Choose if someone asked what they wanted',

  'wanted.heading': 'What did you want to happen?',
  'wanted.heading.rep': 'What did they want to happen?',
  'wanted.hint': 'Use your own words. Please do not write the names of people or places.',
  'wanted.error': 'Tell us what you wanted. Or skip this question.',
  'wanted.errorTooLong': {
    one: 'Please write {count} letter or fewer',
    other: 'Please write {count} letters or fewer',
  },

  'achieved.heading': 'Did that happen?',
  'achieved.fully': 'Yes, all of it',
  'achieved.partly': 'Some of it',
  'achieved.no': 'No',
  'achieved.dont_know': 'I do not know',
  'achieved.error': 'Choose if what you wanted happened',
  'achieved.error.rep': 'Choose if what they wanted happened',

  'safer.heading': 'Do you feel safer now?',
  'safer.heading.rep': 'Do they feel safer now?',
  'safer.a_lot': 'Yes, a lot safer',
  'safer.a_bit': 'Yes, a bit safer',
  'safer.no_different': 'No, the same as before',
  'safer.less_safe': 'Less safe',
  'safer.dont_know': 'I do not know',
  'safer.error': 'Choose if you feel safer now',
  'safer.error.rep': 'Choose if they feel safer now',

  'experience.caption': 'How people treated you ({number} of {total})',
  'experience.caption.rep': 'How people treated them ({number} of {total})',
  'experience.listened': 'People listened to me',
  'experience.listened.rep': 'People listened to them',
  'experience.involved': 'I could take part as much as I wanted',
  'experience.involved.rep': 'They could take part as much as they wanted',
  'experience.dignity': 'People were kind and polite to me',
  'experience.dignity.rep': 'People were kind and polite to them',
  'experience.informed': 'People told me what was going on',
  'experience.informed.rep': 'People told them what was going on',
  'experience.understood_roles': 'I knew who everyone was and what they did',
  'experience.understood_roles.rep': 'They knew who everyone was and what they did',
  'experience.shared_when_needed': 'People only shared things about me when they needed to',
  'experience.shared_when_needed.rep': 'People only shared things about them when they needed to',
  'experience.yes_completely': 'Yes, always',
  'experience.yes_partly': 'Yes, some of the time',
  'experience.no': 'No',
  'experience.dont_know': 'I do not know',
  'experience.not_applicable': 'This did not happen to me',
  'experience.error': 'Choose an answer for "{statement}"',

  'helpSay.heading': 'Did someone help you have your say?',
  'helpSay.heading.rep': 'Did someone help them have their say?',
  'helpSay.advocate': 'Yes, an advocate',
  'helpSay.family_friend': 'Yes, family or a friend',
  'helpSay.both': 'Yes, an advocate and family or friends',
  'helpSay.no_one_wanted': 'No. But I wanted help.',
  'helpSay.no_one_wanted.rep': 'No. But they wanted help.',
  'helpSay.no_one_not_needed': 'No. I did not need help.',
  'helpSay.dont_know': 'I do not know',
  'helpSay.error': 'Choose if someone helped you have your say',
  'helpSay.error.rep': 'Choose if someone helped them have their say',

  'harm.heading': 'What was the harm?',
  'harm.hint': 'You can skip this question. You can choose more than one.',
  'harm.physical': 'Someone hurt their body',
  'harm.sexual': 'Sexual abuse. Someone did sexual things they did not want.',
  'harm.psychological': 'Someone made them scared, or bullied them',
  'harm.financial': 'Someone took or used their money or things',
  'harm.discriminatory': 'Someone was unfair to them because of who they are',
  'harm.organisational': 'A care home, hospital or service gave bad care',
  'harm.neglect': 'They did not get the care or help they needed',
  'harm.domestic': 'Abuse from a partner or family member',
  'harm.sexual_exploitation': 'Someone used them for sex',
  'harm.modern_slavery': 'Someone made them work, or controlled them',
  'harm.self_neglect': 'They could not look after themselves',

  'where.heading': 'Where did it happen?',
  'where.hint': 'You can skip this question.',
  'where.own_home': 'At home',
  'where.community': 'Out and about',
  'where.community_service': 'At a day centre or other service',
  'where.care_home_nursing': 'In a nursing home',
  'where.care_home_residential': 'In a care home',
  'where.hospital_acute': 'In a hospital',
  'where.hospital_mental_health': 'In a hospital for mental health',
  'where.hospital_community': 'In a local hospital',
  'where.other': 'Somewhere else',

  'story.heading': 'Tell us what happened in your own words',
  'story.heading.rep': 'Tell us what happened in your own words',
  'story.hint':
    'What happened? How did people treat you? Please do not write names, places or dates. We take out anything that could show who you are.',
  'story.hint.rep':
    'What happened? How did people treat them? Please do not write names, places or dates. We take out anything that could show who they are.',
  'story.error': 'Tell us what happened',
  'story.errorTooLong': {
    one: 'Your story must be {count} letter or fewer',
    other: 'Your story must be {count} letters or fewer',
  },

  'helped.heading': 'What helped the most?',
  'helped.hint': 'You can skip this question.',
  'helped.errorTooLong': {
    one: 'Please write {count} letter or fewer',
    other: 'Please write {count} letters or fewer',
  },

  'change.heading': 'What should change?',
  'change.hint': 'You can skip this question. What would have made things better?',
  'change.errorTooLong': {
    one: 'Please write {count} letter or fewer',
    other: 'Please write {count} letters or fewer',
  },

  'consent.heading': 'How can we use your story?',
  'consent.heading.rep': 'How can we use this story?',
  'consent.hint': 'Choose the things you say yes to. You do not have to choose any.',
  'consent.board_share': 'Share it with the Safeguarding Adults Board. We take out names first.',
  'consent.training': 'Use it to help train staff. We take out names first.',
  'consent.publish': 'Put it on our website. We take out names first.',
  'consent.quote': 'Use my exact words',
  'consent.quote.rep': 'Use the exact words I wrote',
  'consent.contact_check': 'Contact me to check my story before you use it',
  'consent.contact_involve': 'Contact me about joining a group that helps make things better',
  'consent.statistics':
    'We always count the answers to the questions. Nobody can tell who gave the answers.',
  'consent.duration':
    'Your choices last for 24 months. You can change your mind at any time. You need your reference number for this.',
  'consent.notAsked':
    'The person has not been asked. So we will only count these answers. We will not share the story.',
  'consent.none': 'None of these',

  'contact.heading': 'How should we contact you?',
  'contact.hint': 'We will only use this to contact you about what you chose.',
  'contact.name': 'Your name',
  'contact.nameHint': 'You can skip this. Tell us the name you like us to use.',
  'contact.method': 'How should we contact you?',
  'contact.email': 'Email',
  'contact.emailLabel': 'Email address',
  'contact.phone': 'Phone',
  'contact.phoneLabel': 'Phone number',
  'contact.phoneHint': 'For a number outside the UK, put the country code first',
  'contact.safeMessage': 'Is it safe to leave a message?',
  'contact.safeMessageYes': 'Yes, you can leave a message',
  'contact.safeMessageNo': 'No, do not leave a message',
  'contact.safeMessageHint': 'Could someone else read your messages or answer your phone?',
  'contact.wording': 'What should our messages say?',
  'contact.wordingHint':
    'Other people might see the subject. If you do not choose, we use private words.',
  'contact.wordingNeutral': 'Private: the subject does not say abuse or safeguarding',
  'contact.wordingNamed': 'Plain: the subject says it is about your story',
  'contact.errorMethod': 'Choose how we should contact you',
  'contact.errorEmail': 'Write your email address like this: name@example.com',
  'contact.errorPhone': 'Write a phone number like this: 07700 900 982',
  'contact.errorSafeMessage': 'Choose if it is safe to leave a message',
  'contact.errorName': {
    one: 'Your name must be {count} letter or fewer',
    other: 'Your name must be {count} letters or fewer',
  },

  'check.heading': 'Check your answers',
  'check.sendHeading': 'Send your story',
  'check.sendText': 'Please check that what you told us is true.',
  'check.send': 'Send',
  'check.sending': 'Sending your story…',
  'check.notAnswered': 'You did not answer',
  'check.noneSelected': 'You did not choose any',
  'check.consented': 'Yes',
  'check.notConsented': 'No',
  'check.consentsHeading': 'How we can use it',
  'check.answersHeading': 'Your answers',
  'check.retrying': 'We could not send it yet. We are trying again. Your answers are still here.',
  'check.failed':
    'Sorry, we could not send your story. Your answers are still here. Try again soon.',
  'check.rateLimited':
    'We got a lot of stories from here. Please wait a few minutes. Then press Send again.',

  'done.heading': 'We got your story',
  'done.referenceLabel': 'Your reference number',
  'done.writeDown':
    'Write this number down. Or take a photo of it. You need it to change your choices.',
  'done.nextHeading': 'What happens next',
  'done.next1': 'A person will read your story within 5 working days.',
  'done.next1UrgentHours': {
    one: 'You told us someone may be in danger. A person will read it within {count} working hour.',
    other:
      'You told us someone may be in danger. A person will read it within {count} working hours.',
  },
  'done.nextContact': 'You asked us to contact you. We will do it the way you chose.',
  'done.keepCopyHeading': 'Keep a copy',
  'done.print': 'Print this page',
  'done.answers': 'Your answers',
  'done.copyHeading': 'Get a copy by email',
  'done.copyHint':
    'We send your number and answers to this email once. We do not keep the email address. Use an email only you can read.',
  'done.copySend': 'Send me a copy',
  'done.copySending': 'Sending your copy…',
  'done.copySent': 'We are sending your copy. It may take a few minutes.',
  'done.copyErrorAlready': 'We already sent a copy. We can only send one.',
  'done.copyErrorTooLate':
    'It is too late to send a copy. Write down your number or print this page.',
  'done.copyErrorFailed': 'Sorry, we could not send it now. Try again later.',
  'done.next2': 'They will take out names and other details.',
  'done.next3': 'We will only use your story in the ways you chose.',
  'done.passOnHeading': 'When we might tell someone',
  'done.passOn':
    'Someone may be at risk of serious harm. Then we may need to tell the safeguarding team. We will try to talk to you first.',
  'done.withdraw': 'Change your choices or take back your story',
  'done.supportHeading': 'Help and support',
  'done.support':
    'Do you feel upset? You can phone Samaritans on 116 123. It is free. They answer all day and night.',

  'errors.summaryTitle': 'There is a problem',
  'errors.server':
    'Sorry, something went wrong. Your answers are still here. Please try again later.',
  'errors.tooLong': {
    one: 'Please write {count} letter or fewer',
    other: 'Please write {count} letters or fewer',
  },
  'errors.unknownSite': 'We could not find this page. Check the link.',

  'noscript.heading': 'Tell us about the help you got',
  'noscript.intro':
    'Answer these questions. Then press Send at the end. You can skip some questions.',
  'common.charactersLimit': {
    one: 'You can write up to {count} letter',
    other: 'You can write up to {count} letters',
  },
  'form.honeypotLabel': 'Do not write in this box',
  'errors.notFoundHeading': 'We cannot find this page',
  'errors.otherSiteHeading': 'We could not take this form',
  'errors.tooLarge':
    'You wrote too much for us to take. Please make your answers shorter. Then try again.',
  'errors.otherSite':
    'This form came from a different website. So we could not take it. Please use the form on this page.',
  'noscript.onlyRepresentatives': 'Only answer this if you are telling us about someone else.',
  'noscript.onlyIfAsked': 'Only answer this if someone asked what you wanted.',
  'noscript.onlyIfContact': 'Only answer this if you want us to contact you.',
  'withdraw.title': 'Change your choices or take back your story',
  'withdraw.intro':
    'You can take back your story at any time. You can also change how we use it. You need your reference number.',
  'withdraw.referenceLabel': 'Your reference number',
  'withdraw.referenceHint':
    'It was on the page after you sent your story. It looks like K7M-2QX-4TR-8WZD.',
  'withdraw.continue': 'Next',
  'withdraw.exit': 'Leave this page now',
  'withdraw.lostReference':
    'Lost your reference number? Ask the group whose website you used. They can ask the forum for you.',
  'withdraw.error.empty': 'Write your reference number',
  'withdraw.error.length':
    'Your reference number has 13 letters and numbers. It looks like K7M-2QX-4TR-8WZD.',
  'withdraw.error.characters': 'Only use letters, numbers, spaces and dashes',
  'withdraw.error.check': 'Check your reference number. A letter or number may be wrong.',
  'withdraw.error.notFound': 'We could not find a story with that number. Check it and try again.',
  'withdraw.error.tooMany':
    'You tried a lot of numbers. Please wait {minutes} minutes. Then try again.',
  'withdraw.error.chooseAction': 'Choose: take back your story, or change your choices',
  'withdraw.choicesHeading': 'What do you want to do?',
  'withdraw.actionWithdraw': 'Take back my story',
  'withdraw.actionWithdrawHint':
    'We will delete what you wrote straight away. We will delete your contact details too. You cannot undo this.',
  'withdraw.actionChange': 'Change how we can use my story',
  'withdraw.actionChangeHint': 'Untick anything you do not agree to now.',
  'withdraw.purposesLegend': 'You said we can:',
  'withdraw.purposesHint':
    'Untick anything you do not agree to now. You cannot add new things here.',
  'withdraw.noPurposes': 'There are no choices you can change. You can still take back your story.',
  'withdraw.submit': 'Confirm',
  'withdraw.doneWithdrawnHeading': 'We took back your story',
  'withdraw.doneWithdrawnBody':
    'We deleted what you wrote and your contact details. We will not use your story again.',
  'withdraw.doneRecordBody':
    'Some Board meetings may already have papers with your story. Those papers stay. They never had your name. We still count your answers. Nobody can tell they are yours.',
  'withdraw.doneChangedHeading': 'We changed your choices',
  'withdraw.doneChangedBody':
    'We will not use your story in the ways you unticked. This starts now.',
  'withdraw.doneNoChange': 'You did not untick anything. So nothing has changed.',
  'withdraw.alreadyWithdrawnHeading': 'This story was already taken back',
  'withdraw.alreadyWithdrawnBody':
    'What you wrote has been deleted. You do not need to do anything else.',
  'withdraw.startAgain': 'Change the choices for another story',
  'withdraw.support': 'Do you feel upset? You can phone Samaritans on 116 123. It is free.',
  'language.navLabel': 'Choose a language',
  'language.machineDrafted':
    'People with learning disabilities have not checked these words yet. You can ask someone to help you.',
} as const satisfies CatalogueDraft;
