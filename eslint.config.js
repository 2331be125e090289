// One lint gate at zero warnings (npm run lint). The core fence below is what keeps
// src/core pure; test/lint-fence proves it by linting a deliberately bad file.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** src/core is the domain: plain data in, plain data out. No host, UI or Node. */
export const coreFence = {
  files: ["src/core/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["react", "react-dom", "react/*", "@fluentui/*"],
            message: "src/core must not import React or Fluent UI.",
          },
          {
            group: ["exceljs", "exceljs/*"],
            message: "src/core must not import ExcelJS: files belong to src/xlsx.",
          },
          {
            group: ["node:*", "fs", "path", "os", "child_process", "worker_threads"],
            message: "src/core must not import Node modules.",
          },
          {
            group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
            message: "src/core must not import hosts or faces.",
          },
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      { name: "Excel", message: "src/core knows no Excel object." },
      { name: "Office", message: "src/core knows no Office object." },
      { name: "window", message: "src/core has no DOM." },
      { name: "document", message: "src/core has no DOM." },
      { name: "process", message: "src/core has no Node process." },
      { name: "Buffer", message: "src/core has no Node Buffer." },
    ],
  },
};

/** Only src/excel talks to Excel.run and context.sync. */
const excelFence = {
  files: ["src/**/*.{ts,tsx}"],
  ignores: ["src/excel/**"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']",
        message: "Only src/excel calls Excel.run.",
      },
      {
        selector: "CallExpression[callee.property.name='sync'][arguments.length=0]",
        message: "Only src/excel calls context.sync().",
      },
    ],
  },
};

// The Office plugin's configs bring their own copy of @typescript-eslint; ESLint refuses a
// plugin defined twice, so keep its Office and React rules and use our typescript-eslint.
const officeConfigs = officeAddins.configs.react.map((config) => {
  if (!config.plugins || !config.plugins["@typescript-eslint"]) return config;
  const plugins = { ...config.plugins, "@typescript-eslint": tseslint.plugin };
  return { ...config, plugins, languageOptions: { ...config.languageOptions, parser: tseslint.parser } };
});

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "docs/", "test/lint-fence/", "**/*.json"] },
  ...officeConfigs,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Script Lab's helpers lost their errors without `return await` inside try.
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
  coreFence,
  excelFence,
  {
    // Tests reach into structures with non-null assertions and untyped JSON by design.
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
);
