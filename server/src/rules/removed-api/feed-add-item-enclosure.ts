import { feedGenerators } from '../shapes/arguments';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'feed-add-item-enclosure',
  title: '`add_item(enclosure=…)` → `enclosures=[…]`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `add_item(…, enclosure=…)` calls in modules that import `django.utils.feedgenerator` or `django.contrib.syndication` (and on `self` in feed generator subclasses).',
    why: 'Django 1.9 lets an item have several enclosures (`enclosures`, a list); 2.0 removed `enclosure` (`TypeError`).',
    fixSafety: 'Safe: `enclosure=x` becomes `enclosures=[x]`. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['feed-add-item-enclosure'],
  truth: { removedParameters: [{ symbol: 'django.utils.feedgenerator.SyndicationFeed.add_item', name: 'enclosure' }] },
  sites: { methods: { names: ['add_item'], fileImports: ['django.utils.feedgenerator', 'django.contrib.syndication'], receiver: () => true, selfOf: feedGenerators } },
  keywords: [{
    name: 'enclosure',
    advice: 'pass a list as `enclosures`',
    replace(_context, { argument, value, keywords }) {
      if (keywords.has('enclosures')) return null;
      return [{ start: argument.startIndex, end: argument.endIndex, text: `enclosures=[${value.text}]` }];
    },
  }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils import feedgenerator

          feed = feedgenerator.Rss201rev2Feed(title="t", link="/", description="d")
          feed.add_item(title="a", link="/a", description="", enclosures=[enc])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils import feedgenerator

          feed = feedgenerator.Rss201rev2Feed(title="t", link="/", description="d")
          feed.add_item(title="a", link="/a", description="", enclosure=feedgenerator.Enclosure("/a.mp3", "10", "audio/mpeg"))
        `,
        errors: [
          { line: 4, column: 53, message: '`add_item(enclosure=…)` is deprecated since Django 1.9 and removed in 2.0: pass a list as `enclosures`' },
        ],
        output: dedent`
          from django.utils import feedgenerator

          feed = feedgenerator.Rss201rev2Feed(title="t", link="/", description="d")
          feed.add_item(title="a", link="/a", description="", enclosures=[feedgenerator.Enclosure("/a.mp3", "10", "audio/mpeg")])
        `,
      },
      {
        code: dedent`
          from django.contrib.syndication.views import Feed
          from django.utils.feedgenerator import Enclosure


          class EpisodeFeed(Feed):
              def add_episode(self, feed, episode):
                  feed.add_item(
                      title=episode.title,
                      link=episode.url,
                      description=episode.summary,
                      enclosure=Enclosure(episode.audio_url, str(episode.size), "audio/mpeg"),
                  )
        `,
        errors: [
          { line: 11, column: 13, message: '`add_item(enclosure=…)` is deprecated since Django 1.9 and removed in 2.0: pass a list as `enclosures`' },
        ],
        output: dedent`
          from django.contrib.syndication.views import Feed
          from django.utils.feedgenerator import Enclosure


          class EpisodeFeed(Feed):
              def add_episode(self, feed, episode):
                  feed.add_item(
                      title=episode.title,
                      link=episode.url,
                      description=episode.summary,
                      enclosures=[Enclosure(episode.audio_url, str(episode.size), "audio/mpeg")],
                  )
        `,
      },
    ],
  },
});
