import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cardPng, cards, pngResponse } from '../../../../data/og-images';
import { getSite } from '../../../../data/site';
import { principlePaths } from '../../../../lib/routes';

export const getStaticPaths = (async () => principlePaths(await getSite())) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { lang, principle } }) =>
  pngResponse(await cardPng(cards.principle(lang, principle)));
