package dev.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against the subset of JSON Schema 2020-12 that the report schema uses:
 * type, const, enum, properties, required, additionalProperties: false, items, $ref to $defs,
 * oneOf, minimum and pattern. Anything else in the schema is an error, so the schema cannot
 * quietly grow beyond what this test checks.
 */
final class MiniSchema {
  private static final Set<String> KNOWN =
      Set.of(
          "$schema", "$id", "title", "description", "type", "const", "enum", "properties",
          "required", "additionalProperties", "items", "$ref", "oneOf", "minimum", "pattern",
          "$defs");

  private final JsonNode root;

  MiniSchema(JsonNode root) {
    this.root = root;
  }

  List<String> validate(JsonNode doc) {
    List<String> errors = new ArrayList<>();
    check(root, doc, "$", errors);
    return errors;
  }

  private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KNOWN.contains(k)) {
        errors.add(path + ": schema keyword '" + k + "' is not supported by this check");
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        errors.add(path + ": unsupported $ref " + ref);
        return;
      }
      JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
      if (target.isMissingNode()) {
        errors.add(path + ": dangling $ref " + ref);
        return;
      }
      check(target, value, path, errors);
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      List<String> sub = new ArrayList<>();
      for (JsonNode option : schema.get("oneOf")) {
        List<String> e = new ArrayList<>();
        check(option, value, path, e);
        if (e.isEmpty()) {
          matches++;
        }
        sub.addAll(e);
      }
      if (matches != 1) {
        errors.add(path + ": matches " + matches + " oneOf branches " + sub);
      }
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(path + ": expected " + schema.get("const") + ", got " + value);
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode option : schema.get("enum")) {
        found |= option.equals(value);
      }
      if (!found) {
        errors.add(path + ": " + value + " not in " + schema.get("enum"));
      }
    }
    if (schema.has("type")) {
      JsonNode t = schema.get("type");
      List<String> types = new ArrayList<>();
      if (t.isArray()) {
        t.forEach(x -> types.add(x.asText()));
      } else {
        types.add(t.asText());
      }
      if (types.stream().noneMatch(type -> is(type, value))) {
        errors.add(path + ": expected " + types + ", got " + value.getNodeType());
        return;
      }
    }
    if (schema.has("minimum") && value.isNumber()
        && value.asDouble() < schema.get("minimum").asDouble()) {
      errors.add(path + ": " + value + " below minimum");
    }
    if (schema.has("pattern") && value.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
      errors.add(path + ": " + value + " does not match " + schema.get("pattern"));
    }
    if (value.isObject()) {
      JsonNode props = schema.path("properties");
      for (JsonNode req : schema.path("required")) {
        if (!value.has(req.asText())) {
          errors.add(path + ": missing required key '" + req.asText() + "'");
        }
      }
      Set<String> seen = new HashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        seen.add(e.getKey());
        if (props.has(e.getKey())) {
          check(props.get(e.getKey()), e.getValue(), path + "." + e.getKey(), errors);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean()) {
          errors.add(path + ": key '" + e.getKey() + "' is not in the schema");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
      }
    }
  }

  private static boolean is(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> false;
    };
  }
}
