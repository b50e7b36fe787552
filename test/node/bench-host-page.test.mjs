// The host page benchmark's reference version: the pre-rendered widgets as plain HTML of the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostPages, plainHtmlPage } from '../../scripts/bench/host-page/pages.mjs';

const pages = await hostPages();

/** What a reader sees of a page: its text, without markup, styles, scripts or comments. */
const visibleText = (html) =>
  html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

test('the plain HTML version shows the pre-rendered text, with no widget and no script', () => {
  const plain = pages[plainHtmlPage];
  assert.equal(visibleText(plain), visibleText(pages['pre-rendered']));
  assert.match(visibleText(plain), /Antibody drug conjugates \(ADCs\).*Glossary.*Sources \(14\)/);
  assert.doesNotMatch(plain, /<script|<template|<her2-|<biomarker-|<source-list|<!--/);
});

test("each widget's styles apply to the div that holds its content", () => {
  const plain = pages[plainHtmlPage];
  const rulesOf = (tag) => plain.split('\n').find((line) => line.includes(`.${tag}{`));
  for (const tag of ['her2-therapy-card', 'biomarker-glossary', 'source-list']) {
    assert.match(plain, new RegExp(`<div class="${tag}">`));
    assert.match(rulesOf(tag), /&\{display:block\}/);
    assert.match(rulesOf(tag), /&:is\(\[hidden\]\)\{display:none\}/);
  }
  assert.doesNotMatch(plain, /:host/);
});
