import { backendOperations, receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'db-backend-fulltext-search-sql',
  title: '`DatabaseOperations.fulltext_search_sql()` removed',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `fulltext_search_sql()` overridden in a database backend\'s `DatabaseOperations` subclass, or called on `connection.ops`.',
    why: 'The hook served only the `__search` lookup, which Django 1.10 deprecated (MySQL only); Django 2.0 removed both.',
    fixSafety: 'No fix: write a custom lookup for full-text search, or use `django.contrib.postgres.search` on PostgreSQL.',
  },
  fix: 'none',
  checklist: ['fulltext-search-sql'],
  classes: backendOperations,
  receiver: receiverNamed('ops'),
  methods: [{ name: 'fulltext_search_sql', subject: '`DatabaseOperations.fulltext_search_sql()`', advice: 'remove it and register a custom lookup for full-text search' }],
  truth: { removed: ['django.db.backends.base.operations.BaseDatabaseOperations.fulltext_search_sql'] },
  examples: {
    valid: [
      {
        code: dedent`
          class Search:
              def fulltext_search_sql(self, field_name):
                  return ""
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.backends.mysql.operations import DatabaseOperations

          class Ops(DatabaseOperations):
              def fulltext_search_sql(self, field_name):
                  return "MATCH (%s) AGAINST (%%s)" % field_name
        `,
        errors: [
          { line: 4, column: 9, message: '`DatabaseOperations.fulltext_search_sql()`, overridden here, is deprecated since Django 1.10 and removed in 2.0: remove it and register a custom lookup for full-text search' },
        ],
      },
    ],
  },
});
