import { expect, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { referenceHashOf } from '../support/references.ts';
import { storedStories } from './journey-steps.ts';

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

// axe needs scripts, so the same pages are checked with the journey script blocked in
// journey-axe.spec.ts.
test.use({ javaScriptEnabled: false });

for (const width of [320, 1280]) {
  test(`with scripts off a person sends their story through the form (${width} px)`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    // The Origin each form post really carries: Heard's own, never "null", which the server
    // refuses as cross-site (decision 0067).
    const postOrigins: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') postOrigins.push(request.headers().origin);
    });
    await page.goto(`${heard.url}/tell/demo`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Tell us about your safeguarding support',
    );

    // Send with a missing answer first: the form comes back with errors and keeps the rest.
    await page.getByRole('radio', { name: 'Less than 3 months ago' }).check();
    await page.getByLabel('Tell us what happened, in your own words').fill('I was kept informed.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole('link', { name: 'Select who is filling this in' }),
    ).toHaveAttribute('href', '#f-respondent');
    await expect(page.getByRole('radio', { name: 'Less than 3 months ago' })).toBeChecked();
    await expect(page.getByLabel('Tell us what happened, in your own words')).toHaveValue(
      'I was kept informed.',
    );

    await page.getByRole('radio', { name: 'I am the person who had the support' }).check();
    await page
      .getByRole('group', { name: /Did you get help because/ })
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    await page
      .getByRole('group', { name: /did anyone ask you/ })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page.getByRole('radio', { name: 'Yes, a bit safer' }).check();
    for (const statement of [
      'I was listened to',
      'I was involved as much as I wanted to be',
      'I was treated with dignity and respect',
      'I was kept informed about what was happening',
      'I understood who everyone was and what they were doing',
      'My information was only shared when it needed to be',
    ]) {
      await page
        .getByRole('group', { name: new RegExp(statement) })
        .getByRole('radio', { name: 'Yes, partly' })
        .check();
    }
    await page.getByRole('radio', { name: 'Yes, an advocate' }).check();
    await page
      .getByRole('checkbox', { name: /Share it with the Safeguarding Adults Board/ })
      .check();
    await page.getByRole('button', { name: 'Send' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your story has been sent');
    const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
    const [stored] = storedStories(heard);
    expect(stored).toMatchObject({
      reference: referenceHashOf(heard.deps, reference),
      respondent: 'self',
      finished: 'under_3_months',
      exp_dignity: 'yes_partly',
      story: 'I was kept informed.',
      consents: { board_share: true, quote: false },
    });
    expect(await page.content()).not.toContain('I was kept informed.');
    expect(postOrigins).toEqual([new URL(heard.url).origin, new URL(heard.url).origin]);
  });
}
