// Files the visitor chooses, on their way to the API: read as base64 for a request body, or
// posted straight to the private bucket through the presigned form the API gave (AWS only).
import { ApiError } from "./api.js";

/** The file's bytes as base64, read by the browser (no upload yet). */
export function base64Of(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Post a file to the bucket with a presigned form ({url, fields}); true when it was taken.
 * Offline is the API's own error, so callers word it as every other. */
export async function postToBucket(form, file) {
  const data = new FormData();
  for (const [name, value] of Object.entries(form.fields)) data.append(name, value);
  data.append("file", file);
  try {
    const sent = await fetch(form.url, { method: "POST", body: data, credentials: "omit" });
    return sent.ok;
  } catch { throw new ApiError(0, "Offline", ""); }
}
