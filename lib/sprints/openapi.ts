import { errorResponse, jsonSchemaOf, type OpenApiFragment } from "@/lib/ingest/openapi";
import { createSprintBodySchema, itemsBodySchema } from "./schema";

const security = [{ projectToken: [] }];
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "The sprint's id (from POST /api/v1/sprints)." };
const auth = {
  "401": errorResponse("Missing, unknown or revoked project token."),
  "429": errorResponse("Too many requests with bad tokens from this address; retry after the Retry-After header's seconds."),
};
const notYours = errorResponse("No such sprint for a team working on this token's project (also for other projects' and organizations' sprints).");

const share = {
  type: "object",
  properties: {
    debtShare: { type: ["number", "null"], description: "debt / total as a fraction of 1; null when nothing counted has an estimate." },
    debt: { type: "number" },
    total: { type: "number" },
    items: { type: "integer" },
    unestimated: { type: "integer" },
  },
};
const status = { type: ["string", "null"], enum: ["below_target", "on_target", "above_target", null] };

/** This domain's endpoints in the OpenAPI description (served at /api/v1/openapi.json). */
export const sprintsOpenApi: OpenApiFragment = {
  schemas: {
    SprintInput: jsonSchemaOf(createSprintBodySchema),
    WorkItems: jsonSchemaOf(itemsBodySchema),
    Sprint: {
      type: "object",
      required: ["id", "name", "team", "startDate", "endDate", "budgetTarget", "created"],
      properties: {
        id: { type: "string" },
        name: { type: "string" },
        team: { type: "string" },
        startDate: { type: "string", format: "date" },
        endDate: { type: "string", format: "date" },
        capacity: { type: ["number", "null"] },
        unit: { type: "string", enum: ["points", "hours"] },
        budgetTarget: { type: "number" },
        created: { type: "boolean" },
      },
    },
    SprintBudget: {
      type: "object",
      required: ["target", "planned", "done", "status"],
      properties: {
        sprint: { type: "object" },
        target: { type: "number", description: "Fraction of 1 (0.2 = 20%)." },
        tolerance: { type: "number", description: "± fraction of 1 around the target still on target (0.05)." },
        planned: { ...share, description: "Every item not dropped." },
        done: { ...share, description: "Done items only." },
        dropped: { type: "integer" },
        basis: { type: "string", enum: ["planned", "done"], description: "done once the sprint has ended and something is done." },
        status,
        plannedStatus: status,
        doneStatus: status,
        capacity: { type: ["number", "null"] },
        unit: { type: "string" },
        paydown: {
          type: ["object", "null"],
          description:
            "What the debt work paid (lib/payoff, docs/sprints-payoff.md): null until the sprint has ended. Over the modules its debt items touched, the latest scan on or before the start date against the latest on or before the day after the end date: `paid` = minutes of findings that disappeared, `added` = minutes of findings that appeared, `net` = added − paid (negative when debt went down), and the same per category. `state` is `compared`, or `waiting` (no end-of-sprint scan yet), `no_start_scan` or `no_debt_modules`, with the minutes null.",
          properties: {
            state: { type: "string", enum: ["compared", "waiting", "no_start_scan", "no_debt_modules"] },
            paid: { type: ["integer", "null"] },
            added: { type: ["integer", "null"] },
            net: { type: ["integer", "null"] },
            byCategory: { type: ["object", "null"], description: "test, docs, complexity, duplication: `{paid, added, net}` minutes each." },
          },
        },
      },
    },
  },
  paths: {
    "/api/v1/sprints": {
      post: {
        summary: "Create a sprint (idempotent by team and name)",
        description:
          "Creates a sprint for a team working on the token's project. `team` (a slug) may be left out when exactly one team works on the project. The same team and name again returns the existing sprint with 200 and changes nothing.",
        security,
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/SprintInput" } } } },
        responses: {
          "201": { description: "Created.", content: { "application/json": { schema: { $ref: "#/components/schemas/Sprint" } } } },
          "200": { description: "That team already has a sprint of this name; it is returned unchanged.", content: { "application/json": { schema: { $ref: "#/components/schemas/Sprint" } } } },
          "400": errorResponse("Invalid body (`issues` names the fields), or several teams work on the project and none is named (`team_required`)."),
          "404": errorResponse("The named team does not work on this project."),
          "409": errorResponse("No team works on this project (`no_team`); an admin creates one under Teams and sprints."),
          ...auth,
        },
      },
    },
    "/api/v1/sprints/{id}/items": {
      post: {
        summary: "Add or update work items (all or nothing)",
        description:
          "Same rules as the CSV import. An item whose externalKey already exists in the sprint is updated, so a repeated sync changes nothing new. Modules are names of modules of the team's projects; if any item is invalid or names an unknown module, nothing is stored.",
        security,
        parameters: [idParam],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/WorkItems" } } } },
        responses: {
          "201": { description: "Stored; at least one item is new. Body: `{created, updated, ids}`." },
          "200": { description: "Stored; every item existed already and was updated." },
          "400": errorResponse("Invalid items (`invalid_items`); `issues` has paths like items.0.modules.0. Nothing stored."),
          "404": notYours,
          ...auth,
        },
      },
    },
    "/api/v1/sprints/{id}/budget": {
      get: {
        summary: "The sprint's debt budget",
        description: "Planned share = debt estimates / all estimates of items not dropped; done share = done debt estimates / done estimates. Shares are fractions of 1.",
        security,
        parameters: [idParam],
        responses: {
          "200": { description: "The budget.", content: { "application/json": { schema: { $ref: "#/components/schemas/SprintBudget" } } } },
          "404": notYours,
          ...auth,
        },
      },
    },
  },
};
