import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "bench-results/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The pipeline's stages form a chain (load → … → merge); a cycle means a stage reaches back.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // A stage may use earlier stages and the model, never the pipeline that assembles them.
    files: ["lib/**/*.ts"],
    ignores: ["lib/extract/**", "lib/eval/**", "lib/bench/**", "lib/corpus/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/extract/*", "@/lib/extract/*"], message: "stages do not import lib/extract" }] },
      ],
    },
  },
];

export default config;
