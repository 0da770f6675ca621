import { feedGenerators } from '../shapes/arguments';
import { dedent, subclassAttributeRule } from '../shapes';

export default subclassAttributeRule({
  id: 'feed-mime-type',
  title: 'Feed generator `mime_type` → `content_type`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `mime_type` class attributes of subclasses of `django.utils.feedgenerator` feeds (`RssFeed`, `Atom1Feed`, …).',
    why: 'Django 1.9 renamed the attribute to `content_type` and the syndication views read only the new name, so the override is ignored; 2.0 removed `mime_type`.',
    fixSafety: 'Safe: renames the attribute (unless the class also sets `content_type`). Needs Django 1.9+, where `content_type` is read.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['feed-mime-type'],
  truth: {
    removed: ['django.utils.feedgenerator.RssFeed.mime_type', 'django.utils.feedgenerator.Atom1Feed.mime_type'],
    replacements: ['django.utils.feedgenerator.RssFeed.content_type', 'django.utils.feedgenerator.Atom1Feed.content_type'],
  },
  bases: feedGenerators,
  baseName: 'SyndicationFeed',
  members: [{ name: 'mime_type', rename: 'content_type', advice: 'name it `content_type`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.feedgenerator import Rss201rev2Feed

          class Podcast(Rss201rev2Feed):
              content_type = "application/xml; charset=utf-8"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.feedgenerator import Rss201rev2Feed

          class Podcast(Rss201rev2Feed):
              mime_type = "application/xml; charset=utf-8"
        `,
        errors: [
          { line: 4, column: 5, message: '`SyndicationFeed.mime_type` is deprecated since Django 1.9 and removed in 2.0: name it `content_type`' },
        ],
        output: dedent`
          from django.utils.feedgenerator import Rss201rev2Feed

          class Podcast(Rss201rev2Feed):
              content_type = "application/xml; charset=utf-8"
        `,
      },
      {
        code: dedent`
          from django.utils import feedgenerator

          class ShopFeed(feedgenerator.Atom1Feed):
              mime_type = "application/atom+xml; charset=utf-8"

              def root_attributes(self):
                  return super().root_attributes()
        `,
        errors: [
          { line: 4, column: 5, message: '`SyndicationFeed.mime_type` is deprecated since Django 1.9 and removed in 2.0: name it `content_type`' },
        ],
        output: dedent`
          from django.utils import feedgenerator

          class ShopFeed(feedgenerator.Atom1Feed):
              content_type = "application/atom+xml; charset=utf-8"

              def root_attributes(self):
                  return super().root_attributes()
        `,
      },
    ],
  },
});
