// The shapes of the catalogue's rules: `definePythonRule`/`defineTemplateRule` for a rule with a
// check of its own, and factories for the shapes many rules share (a rule of a shape holds only
// data). Rules import from here, from the query layer (engine/python-queries.ts,
// engine/template-queries.ts) and the edits (engine/python-edits.ts), never from another rule.
export { definePythonRule, defineRule, defineTemplateRule, lastNames, pathWords } from './define';
export type { PythonRule, RuleDefinition, RuleSpec, TemplateRule } from './define';
export { attributeUseRule } from './attribute-uses';
export type { AttributeSpec } from './attribute-uses';
export { addedParameterRule, methodOverrideRule, subclassAttributeRule } from './class-members';
export type { ClassMemberSpec, OverrideFinding } from './class-members';
export { withFileFix } from './file-fix';
export { callSiteWords, findCalls, keywordArgumentRule, positionalToKeywordRule, renamedKeywordRule } from './keyword-arguments';
export type { CallSites, FoundCall, KeywordSpec } from './keyword-arguments';
export { movedCallRule } from './moved-calls';
export type { MovedCall } from './moved-calls';
export { movedModuleRule, movedNamesRule } from './moved-names';
export type { MovedName } from './moved-names';
export { removedMethodsRule } from './removed-methods';
export type { RemovedMethod } from './removed-methods';
export { removedModulesRule, reportModuleImports } from './removed-modules';
export type { RemovedModule } from './removed-modules';
export { dedent } from './dedent';
export { loadFromFutureRule, removedFilterRule } from './template-libraries';
