import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client.ts';

describe('createQueryClient', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('still asks for a file when the browser says it is offline, so the service worker can answer it', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient();
    let asked = 0;
    const answer = client.fetchQuery({
      queryKey: ['story', 'kept'],
      queryFn: async () => {
        asked += 1;
        return 'the story, from the offline cache';
      },
    });
    await expect(answer).resolves.toBe('the story, from the offline cache');
    expect(asked).toBe(1);
  });
});
