import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dockerfile } from '../../src/formats/dockerfile/index.js';

describe('dockerfile: detection', () => {
  test('by name, whatever the content', () => {
    for (const name of ['Dockerfile', 'dockerfile', 'Containerfile', 'build/api.Dockerfile', 'Dockerfile.prod', 'Containerfile.arm64', 'x.containerfile']) {
      assert.equal(dockerfile.detect(name, ''), true, name);
    }
  });

  test('names that only look like Dockerfiles are decided by content', () => {
    for (const name of ['Dockerfile.rego', 'dockerfile.vim', 'Dockerfile.dockerignore', 'Dockerfile.j2', 'Dockerfile.md', 'mydockerfile']) {
      assert.equal(dockerfile.detect(name, 'package x\n'), false, name);
    }
    assert.equal(dockerfile.detect('Dockerfile.j2', 'FROM alpine:3.20\nRUN true\n'), true);
  });

  test('by content: the first instruction is FROM, or ARG with a FROM later, after directives and comments', () => {
    assert.equal(dockerfile.detect('build/image', '# syntax=docker/dockerfile:1\n\n# base\nFROM --platform=$BUILDPLATFORM golang:1.22 AS build\n'), true);
    assert.equal(dockerfile.detect('image.def', 'ARG BASE=alpine\nFROM ${BASE}\n'), true);
    assert.equal(dockerfile.detect('image.def', 'ARG BASE=alpine\n'), false);
    assert.equal(dockerfile.detect('notes', 'From the start we wanted this.\n'), false);
    assert.equal(dockerfile.detect('README.md', 'FROM alpine\n'), false);
    assert.equal(dockerfile.detect('deploy.yaml', 'apiVersion: v1\nkind: Pod\n'), false);
  });
});
