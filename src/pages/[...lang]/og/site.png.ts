import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cardPng } from '../../../data/og-draw';
import { cards, pngResponse } from '../../../data/og-images';
import { getSite } from '../../../data/site';
import { ogSitePaths } from '../../../lib/routes';

// A build draws every card in other processes beside the pages (src/integrations/social-cards.ts);
// this route draws one on request in `astro dev`.
export const getStaticPaths = (async () =>
  import.meta.env.DEV ? ogSitePaths(await getSite()) : []) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { lang } }) => pngResponse(await cardPng(cards.site(lang)));
