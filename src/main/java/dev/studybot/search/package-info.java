/**
 * Topic search and autocomplete: a Lucene index per roadmap with Chinese bigrams beside English
 * words, and a Caffeine cache in front. Imports {@code roadmap}; no platform types.
 */
package dev.studybot.search;
