/**
 * The client's content gets exactly its own style back when the sidebar stops narrowing it.
 */
import { describe, expect, test } from 'vitest';
import { ContentMargin } from '../../components/sidebar/content-margin';

describe('the margin a fixed sidebar takes from the content', () => {
  test.each([
    ['no inline margin of its own', '', ''],
    ['its own inline margin', '12px', ''],
    ['its own inline margin with priority', '8px', 'important'],
  ])('content with %s gets it back', (_label, value, priority) => {
    const el = document.createElement('div');
    if (value) el.style.setProperty('margin-right', value, priority);
    const margin = new ContentMargin();
    margin.set(el, 320);
    expect(el.style.getPropertyValue('margin-right')).toBe('320px');
    margin.set(el, 44); // collapsed to the strip
    expect(el.style.getPropertyValue('margin-right')).toBe('44px');
    margin.restore();
    expect([
      el.style.getPropertyValue('margin-right'),
      el.style.getPropertyPriority('margin-right'),
    ]).toEqual([value, priority]);
  });

  test('moving to another content element gives the first one its room back', () => {
    const [first, second] = [document.createElement('div'), document.createElement('div')];
    const margin = new ContentMargin();
    margin.set(first, 320);
    margin.set(second, 320);
    expect(first.style.getPropertyValue('margin-right')).toBe('');
    expect(second.style.getPropertyValue('margin-right')).toBe('320px');
  });
});
