import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { mavenPom } from '../../src/sbom/lockfiles/maven.js';
import { fixture, parseFixture, scoped } from './helpers.js';

describe('pom.xml', () => {
  it('keeps dependencies with literal versions, after properties and dependencyManagement', () => {
    const { project, notices } = parseFixture(mavenPom, 'maven/service', 'pom.xml');
    assert.deepEqual(scoped(project), [
      'dev pkg:maven/org.junit.jupiter/junit-jupiter@5.11.3',
      'optional pkg:maven/io.netty/netty-transport-native-epoll@4.1.114.Final?classifier=linux-x86_64',
      'required pkg:maven/com.acme.billing/invoice-api@1.8.0-SNAPSHOT',
      'required pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2',
      'required pkg:maven/com.google.guava/guava@33.3.1-jre',
      'required pkg:maven/jakarta.servlet/jakarta.servlet-api@6.0.0',
      'required pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78.1',
    ]);
    assert.deepEqual(
      notices.map((notice) => [notice.line, notice.message]),
      [
        [38, 'org.springframework.boot:spring-boot-starter-web: version is managed outside this pom (parent or imported BOM): not in the SBOM'],
        [74, "org.apache.commons:commons-lang3: version '[3.12,4.0)' is not a literal version: not in the SBOM"],
      ],
    );
    assert.deepEqual(project.root, {
      name: 'invoice-service',
      group: 'com.acme.billing',
      version: '1.8.0-SNAPSHOT',
      purl: 'pkg:maven/com.acme.billing/invoice-service@1.8.0-SNAPSHOT',
      licenses: ['Apache-2.0'],
      manifest: 'pom.xml',
    });
  });

  it('rejects a truncated pom with the element left open', () => {
    const text = readFileSync(fixture('maven/service/pom.xml'), 'utf8');
    assert.throws(() => parseFixture(mavenPom, 'maven/service', 'pom.xml', text.slice(0, text.indexOf('</dependencies>'))), (error: unknown) => error instanceof InputError && /<dependencies> is never closed/.test(error.message));
  });
});
