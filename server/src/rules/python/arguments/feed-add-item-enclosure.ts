import { deprecationNotes } from '../../docs-links';
import { feedGenerators } from './feed-mime-type';
import { keywordArgumentRule } from '../../shapes';

export default keywordArgumentRule({
  id: 'feed-add-item-enclosure',
  title: '`add_item(enclosure=…)` → `enclosures=[…]`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
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
    valid: [{ code: 'from django.utils import feedgenerator\n\nfeed = feedgenerator.Rss201rev2Feed(title="t", link="/", description="d")\nfeed.add_item(title="a", link="/a", description="", enclosures=[enc])\n' }],
    invalid: [{
      code: 'from django.utils import feedgenerator\n\nfeed = feedgenerator.Rss201rev2Feed(title="t", link="/", description="d")\nfeed.add_item(title="a", link="/a", description="", enclosure=feedgenerator.Enclosure("/a.mp3", "10", "audio/mpeg"))\n',
      findings: 1,
      output: 'from django.utils import feedgenerator\n\nfeed = feedgenerator.Rss201rev2Feed(title="t", link="/", description="d")\nfeed.add_item(title="a", link="/a", description="", enclosures=[feedgenerator.Enclosure("/a.mp3", "10", "audio/mpeg")])\n',
    }],
  },
});
