/** Shapes of the Board secretary API (docs/admin-api.md, "Board secretaries"). */
export type PackSummary = {
  id: number;
  title: string;
  meetingDate: string;
  status: 'draft' | 'issued';
  storyCount: number;
  updatedAt: string;
  issuedAt: string | null;
};

export type PackStory = {
  position: number;
  storyId: number;
  title: string;
  summary: string;
  text: string;
  quotes: string[];
  respondent: 'adult' | 'representative';
  tellsUs: string;
  questions: string;
};

export type Pack = {
  packId: number;
  board: { id: number; name: string; slug: string };
  title: string;
  meetingDate: string;
  status: 'draft' | 'issued';
  issuedAt: string | null;
  issuedBy: string | null;
  period: { from: string; to: string; label: string };
  stories: PackStory[];
  notes: { kind: string; at: string }[];
};

export type LibraryItem = {
  storyId: number;
  title: string;
  summary: string;
  snippet: string | null;
  respondent: 'adult' | 'representative';
  tags: { principles: string[]; wellbeingAreas: string[]; harmKinds: string[]; mspSteps: number[] };
  themes: { id: number; label: string }[];
};

export const NOTE_TEXT: Record<string, string> = {
  story_withdrawn: 'A story was removed from this pack because the person who told it withdrew it.',
  story_left_library:
    'A story was removed from this pack because it can no longer be shared with the Board.',
};
