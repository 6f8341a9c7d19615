import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The app is fully static: generated data lives in public/generated (see geodata/build.ts).
export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
});
