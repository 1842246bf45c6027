import type { Page } from '@playwright/test';
import type { StoryInputDraft } from '../../domain/story-schema.ts';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  addStory,
  type Curation,
  curateAndApprove,
  demoBoardId,
  type StaffClient,
  staffClient,
} from '../api/board-support.ts';
import { createStaff, type StaffAccount } from './admin-client.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './admin-page.ts';
import { type RunningHeard, startHeard } from './heard-server.ts';

/** What every Board browser spec starts from: Heard running, and a secretary of the demo Board. */
export type BoardWorld = {
  heard: RunningHeard;
  secretary: StaffAccount;
  /**
   * Adds a story and takes it through the check, curation and approval a coordinator gives it,
   * so it is in the demo Board's library. Returns its id.
   */
  addApprovedStory: (draft: StoryInputDraft, curation: Curation, at?: Date) => Promise<number>;
};

export async function startBoardWorld(): Promise<BoardWorld> {
  const heard = await startHeard();
  const secretary = await createStaff(heard.deps, {
    role: 'board_secretary',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  // Made on first use, so a spec that approves nothing has no extra staff member.
  let curator: StaffClient | undefined;
  return {
    heard,
    secretary,
    addApprovedStory: async (draft, curation, at) => {
      curator ??= await staffClient(heard.deps, createApp(heard.deps), {
        role: 'coordinator',
        boardIds: [await demoBoardId(heard.deps)],
      });
      const id = await addStory(heard.deps, draft, at);
      await curateAndApprove(curator, id, curation);
      return id;
    },
  };
}

/** Axe at desktop width and at 320 px, where the page must also reflow without sideways scroll. */
export async function checkAtBothWidths(page: Page, state: string): Promise<void> {
  await expectNoAxeViolations(page, `${state} (1280 px)`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoAxeViolations(page, `${state} (320 px)`);
  await expectNoHorizontalScroll(page, `${state} (320 px)`);
  await page.setViewportSize({ width: 1280, height: 900 });
}
