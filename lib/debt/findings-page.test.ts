import { describe, expect, it } from "vitest";
import { pageWindow } from "./findings-page";

describe("pageWindow", () => {
  it("pages through the total, the last page shorter", () => {
    expect(pageWindow(undefined, 250, 100)).toEqual({ page: 1, pages: 3, skip: 0, take: 100, from: 1, to: 100, total: 250 });
    expect(pageWindow("2", 250, 100)).toEqual({ page: 2, pages: 3, skip: 100, take: 100, from: 101, to: 200, total: 250 });
    expect(pageWindow("3", 250, 100)).toEqual({ page: 3, pages: 3, skip: 200, take: 50, from: 201, to: 250, total: 250 });
  });

  it("clamps pages past the end (a shared link after findings went away) and ignores junk", () => {
    expect(pageWindow("9", 250, 100).page).toBe(3);
    for (const junk of ["0", "-1", "1.5", "abc", "", "99999999999"]) expect(pageWindow(junk, 250, 100).page).toBe(1);
  });

  it("has one empty page when there is nothing", () => {
    expect(pageWindow("4", 0, 100)).toEqual({ page: 1, pages: 1, skip: 0, take: 0, from: 0, to: 0, total: 0 });
  });

  it("ends exactly at a page boundary", () => {
    expect(pageWindow("2", 200, 100)).toEqual({ page: 2, pages: 2, skip: 100, take: 100, from: 101, to: 200, total: 200 });
    expect(pageWindow("3", 200, 100).page).toBe(2);
  });
});
