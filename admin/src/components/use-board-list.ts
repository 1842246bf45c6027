import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { BoardList } from '../api/types.ts';
import { useLoad } from './use-load.ts';

/**
 * The Boards this person may work on, with one chosen: the first, once they have loaded (most
 * staff have one Board, so the page opens on it without asking).
 */
export function useBoardChoice() {
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);
  const [boardId, setBoardId] = useState('');
  useEffect(() => {
    const first = boards.data?.items[0];
    if (!boardId && first) setBoardId(String(first.id));
  }, [boards.data]);
  return { boards, boardId, setBoardId };
}

/** A list that belongs to one Board (`/boards/{id}{path}`); empty until a Board is chosen. */
export function useBoardItems<T>(boardId: string | undefined, path: string) {
  return useLoad(
    (signal) =>
      boardId
        ? api.get<{ items: T[] }>(`/boards/${boardId}${path}`, { signal })
        : Promise.resolve({ items: [] as T[] }),
    [boardId, path],
  );
}
