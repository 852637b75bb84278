import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cardPng, cards, pngResponse } from '../../../data/og-images';
import { getSite } from '../../../data/site';
import { ogSitePaths } from '../../../lib/routes';

export const getStaticPaths = (async () => ogSitePaths(await getSite())) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { lang } }) => pngResponse(await cardPng(cards.site(lang)));
