import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** Every Markdown file under CONTENT_DIR, rendered by Astro's own Markdown pipeline. */
const reports = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.CONTENT_DIR ?? '../../content' }),
});

export const collections = { reports };
