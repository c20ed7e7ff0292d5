// Writes the introspection documents standard tools send, as fixtures for IntrospectionDocumentTests.
// Run from a directory OUTSIDE the repository that holds graphql@16.15.0 and graphql@16.9.0 (see README.md):
//   node <repo>/tests/PmoGraph.Api.Tests/Fixtures/introspection/generate.cjs <dir holding node_modules> <fixtures dir>
'use strict';
const fs = require('fs');
const path = require('path');

const [, , modules, out] = process.argv;
if (!modules || !out) {
  throw new Error('usage: node generate.cjs <dir holding graphql-16.15.0/ and graphql-16.9.0/> <fixtures dir>');
}

function load(folder) {
  const graphql = require(path.resolve(modules, folder, 'node_modules', 'graphql'));
  return graphql;
}

function write(folder, name, text) {
  const dir = path.join(out, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name + '.graphql'), text);
}

// Every combination of getIntrospectionQuery's boolean options, each set explicitly; the file is named after the
// options that are on ("none" when all are off).
function everyCombination(graphql, options) {
  const folder = 'graphql-' + graphql.version;
  for (let mask = 0; mask < 1 << options.length; mask++) {
    const chosen = {};
    const on = [];
    options.forEach((option, bit) => {
      chosen[option] = (mask & (1 << bit)) !== 0;
      if (chosen[option]) on.push(option);
    });
    write(folder, on.length ? on.join('+') : 'none', graphql.getIntrospectionQuery(chosen));
  }
}

const latest = load('graphql-16.15.0');
const graphiqlBundled = load('graphql-16.9.0');
const named = ['descriptions', 'specifiedByUrl', 'directiveIsRepeatable', 'schemaDescription', 'inputValueDeprecation', 'oneOf'];
everyCombination(latest, [...named, 'experimentalDirectiveDeprecation']);
everyCombination(graphiqlBundled, named);

// GraphiQL 3.9.0 (@graphiql/react 0.29, graphql 16.9.0 bundled in its UMD build) builds its document in
// useIntrospectionQuery from its two props (both off unless the page sets them), under the operation name
// IntrospectionQuery; when the answer has no "data" it retries once without subscriptionType.
for (const inputValueDeprecation of [false, true]) {
  for (const schemaDescription of [false, true]) {
    const query = graphiqlBundled.getIntrospectionQuery({ inputValueDeprecation, schemaDescription });
    const on = [inputValueDeprecation && 'inputValueDeprecation', schemaDescription && 'schemaDescription'].filter(Boolean);
    const name = on.length ? on.join('+') : 'default';
    write('graphiql-3.9.0', name, query);
    write('graphiql-3.9.0', name + '.sans-subscriptions', query.replace('subscriptionType { name }', ''));
  }
}
