import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cardPng, cards, pngResponse } from '../../../../data/og-images';
import { getSite } from '../../../../data/site';
import { storyPaths } from '../../../../lib/routes';

export const getStaticPaths = (async () => storyPaths(await getSite())) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { lang, story } }) =>
  pngResponse(await cardPng(cards.story(lang, story)));
