import { expect, test } from '@playwright/test';
import {
  dialog,
  type EmbedWorld,
  frameSteps,
  journey,
  launcher,
  openByKeyboard,
  startEmbedWorld,
  watchHostPage,
} from '../fixtures/host-pages/embed-harness.ts';

let world: EmbedWorld;
test.beforeAll(async () => {
  world = await startEmbedWorld();
});
test.afterAll(async () => world.close());

const STORY =
  'Money went missing from my purse after the morning visits. The social worker listened and changed the agency.';
const WANTED = 'I wanted the carers who took my money to stop coming.';

test('a person tells their whole story in the dialog by keyboard alone, then closes it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const watch = await watchHostPage(page);
  await page.goto(world.host.url);
  await openByKeyboard(page);
  const s = frameSteps(page, journey(page));

  await s.expectHeading('Tell us about your safeguarding support');
  await s.press('Start now');
  await s.expectHeading('Staying safe online');
  await expect(s.heading()).toBeFocused();
  await s.continueTo('Who is filling this in?');
  await s.chooseRadio('I am the person who had the support');
  await s.continueTo('Did you get help because someone was worried about abuse or neglect?');
  await s.chooseRadio('Yes');
  await s.continueTo('When did the help finish?');
  await s.chooseRadio('3 to 12 months ago');
  await s.continueTo('Is anyone hurting you or putting you at risk now?');
  await s.chooseRadio('No');
  await s.continueTo('At the start, did anyone ask you what you wanted to happen?');
  await s.chooseRadio('Yes, and I told them');
  await s.continueTo('What did you want to happen?');
  await s.typeInto('What did you want to happen?', WANTED);
  await s.continueTo('Did that happen?');
  await s.chooseRadio('Partly');
  await s.continueTo('Do you feel safer now?');
  await s.chooseRadio('Yes, a bit safer');
  await s.continueTo('I was listened to');
  await s.chooseRadio('Yes, completely');
  await s.continueTo('I was involved as much as I wanted to be');
  await s.chooseRadio('Yes, partly');
  await s.continueTo('I was treated with dignity and respect');
  await s.chooseRadio('Yes, completely');
  await s.continueTo('I was kept informed');
  await s.chooseRadio('No');
  await s.continueTo('I understood who everyone was');
  await s.chooseRadio('I do not know');
  await s.continueTo('My information was only shared');
  await s.chooseRadio('This does not apply');
  await s.continueTo('Did anyone help you have a say?');
  await s.chooseRadio('Yes, an advocate');
  await s.continueTo('What kind of harm was it about?');
  await s.tickCheckbox(/financial abuse/);
  await s.continueTo('Where did it happen?');
  await s.chooseRadio('At home');
  await s.continueTo('Tell us what happened, in your own words');
  await s.typeInto('Tell us what happened, in your own words', STORY);
  await s.continueTo('What helped most?');
  await s.typeInto('What helped most?', 'My advocate came to every meeting.');
  await s.continueTo('What should change?');
  await s.press('Skip this question');
  await s.expectHeading('How may we use your story?');
  await s.tickCheckbox(/Share it with the Safeguarding Adults Board/);
  await s.continueTo('Check your answers before sending');
  await s.press('Send');
  await s.expectHeading('Your story has been sent');
  await expect(s.heading()).toBeFocused();

  const row = world.heard.deps.sqlite
    .prepare('select story_sealed, site_id, feel_safer from story order by id desc')
    .get() as { story_sealed: string; feel_safer: string };
  expect(world.heard.deps.sealer.open(row.story_sealed, 'story.story')).toBe(STORY);
  expect(row.feel_safer).toBe('a_bit');

  // Escape from inside the journey closes the dialog; focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(launcher(page)).toBeFocused();
  expect(watch.violations()).toEqual([]);
});
