// Builds the task pane the way Microsoft's React task-pane template does: one entry, an
// HTML page that loads office.js from Microsoft's CDN before the bundle, assets and the
// manifest copied beside it, and an https dev server on port 3000.
//   npm run build                 production build into dist/
//   ADDIN_ORIGIN=https://host npm run build   same, with the manifest's origin swapped
//   npm run dev-server            https://localhost:3000 for sideloading (docs/sideloading.md)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";

const root = dirname(fileURLToPath(import.meta.url));

/** The origin every URL of manifest.xml uses during development. */
export const DEV_ORIGIN = "https://localhost:3000";

/**
 * Rewrites the manifest for another server. The manifest keeps one origin (the validator
 * enforces it), so swapping that one string moves every URL at once. The origin may carry
 * a path ("https://host/tonghop"); it must be https and must not end with a slash.
 */
export function withOrigin(manifestText, origin) {
  if (!/^https:\/\/[^/\s]+(\/[^\s]*[^/\s])?$/.test(origin)) {
    throw new Error(
      `ADDIN_ORIGIN must look like https://host[:port][/path] with no trailing slash, got "${origin}"`,
    );
  }
  return manifestText.split(DEV_ORIGIN).join(origin);
}

/**
 * Dev certificates: office-addin-dev-certs is an optional dependency (it installs a CA into
 * the system store, which needs a desktop and a person's consent). Without it, or with
 * OFFICE_ADDIN_DEV_CERTS=off, webpack-dev-server makes its own self-signed certificate,
 * which Office will not trust until the browser is told to accept it.
 */
async function httpsServer() {
  if (process.env.OFFICE_ADDIN_DEV_CERTS !== "off") {
    try {
      const devCerts = await import("office-addin-dev-certs");
      const getOptions = devCerts.getHttpsServerOptions ?? devCerts.default?.getHttpsServerOptions;
      const options = await getOptions();
      return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
    } catch (error) {
      console.warn(`office-addin-dev-certs unavailable (${error.message}); using a self-signed certificate.`);
    }
  }
  return { type: "https" };
}

export default async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const origin = process.env.ADDIN_ORIGIN;
  return {
    context: root,
    // The ribbon's function file is a second entry: it shares the use-cases, not the UI.
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    output: {
      path: join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: { keep: /^(bench|cli)\// }, // other builds write beside us in dist/
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    optimization: {
      // React and Fluent in their own long-cached chunks; the pane's own code stays small.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@emotion|stylis|rtl-css-js|tabster|keyborg|@floating-ui|@swc)[\\/]/,
            name: "fluent",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 400_000, maxAssetSize: 400_000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production && origin ? withOrigin(content.toString("utf8"), origin) : content,
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsServer(),
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

// Read once so a missing manifest fails the build with a clear message, not a copy error.
readFileSync(join(root, "manifest.xml"));
