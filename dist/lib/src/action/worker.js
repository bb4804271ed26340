import { createRequire as __bundleRequire } from 'node:module';
import { fileURLToPath as __bundlePath } from 'node:url';
import { dirname as __bundleDir } from 'node:path';
const require = __bundleRequire(import.meta.url);
const __filename = __bundlePath(import.meta.url);
const __dirname = __bundleDir(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js
var require_json = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js"(exports, module) {
    function isValidJSON(str2) {
      if (typeof str2 !== "string") {
        return;
      }
      try {
        JSON.parse(str2);
        return true;
      } catch (err) {
        if (err instanceof SyntaxError) {
          return false;
        }
        throw err;
      }
    }
    module.exports = {
      "json.is_valid": isValidJSON
    };
  }
});

// node_modules/sprintf-js/src/sprintf.js
var require_sprintf = __commonJS({
  "node_modules/sprintf-js/src/sprintf.js"(exports) {
    !(function() {
      "use strict";
      var re = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
      };
      function sprintf(key2) {
        return sprintf_format(sprintf_parse(key2), arguments);
      }
      function vsprintf(fmt, argv) {
        return sprintf.apply(null, [fmt].concat(argv || []));
      }
      function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = "", i, k, ph, pad, pad_character, pad_length, is_positive, sign;
        for (i = 0; i < tree_length; i++) {
          if (typeof parse_tree[i] === "string") {
            output += parse_tree[i];
          } else if (typeof parse_tree[i] === "object") {
            ph = parse_tree[i];
            if (ph.keys) {
              arg = argv[cursor];
              for (k = 0; k < ph.keys.length; k++) {
                if (arg == void 0) {
                  throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k - 1]));
                }
                arg = arg[ph.keys[k]];
              }
            } else if (ph.param_no) {
              arg = argv[ph.param_no];
            } else {
              arg = argv[cursor++];
            }
            if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
              arg = arg();
            }
            if (re.numeric_arg.test(ph.type) && (typeof arg !== "number" && isNaN(arg))) {
              throw new TypeError(sprintf("[sprintf] expecting number but found %T", arg));
            }
            if (re.number.test(ph.type)) {
              is_positive = arg >= 0;
            }
            switch (ph.type) {
              case "b":
                arg = parseInt(arg, 10).toString(2);
                break;
              case "c":
                arg = String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
              case "i":
                arg = parseInt(arg, 10);
                break;
              case "j":
                arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
                break;
              case "e":
                arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
                break;
              case "f":
                arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
                break;
              case "g":
                arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
                break;
              case "o":
                arg = (parseInt(arg, 10) >>> 0).toString(8);
                break;
              case "s":
                arg = String(arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "t":
                arg = String(!!arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "T":
                arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "u":
                arg = parseInt(arg, 10) >>> 0;
                break;
              case "v":
                arg = arg.valueOf();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "x":
                arg = (parseInt(arg, 10) >>> 0).toString(16);
                break;
              case "X":
                arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
                break;
            }
            if (re.json.test(ph.type)) {
              output += arg;
            } else {
              if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
                sign = is_positive ? "+" : "-";
                arg = arg.toString().replace(re.sign, "");
              } else {
                sign = "";
              }
              pad_character = ph.pad_char ? ph.pad_char === "0" ? "0" : ph.pad_char.charAt(1) : " ";
              pad_length = ph.width - (sign + arg).length;
              pad = ph.width ? pad_length > 0 ? pad_character.repeat(pad_length) : "" : "";
              output += ph.align ? sign + arg + pad : pad_character === "0" ? sign + pad + arg : pad + sign + arg;
            }
          }
        }
        return output;
      }
      var sprintf_cache = /* @__PURE__ */ Object.create(null);
      function sprintf_parse(fmt) {
        if (sprintf_cache[fmt]) {
          return sprintf_cache[fmt];
        }
        var _fmt = fmt, match, parse_tree = [], arg_names = 0;
        while (_fmt) {
          if ((match = re.text.exec(_fmt)) !== null) {
            parse_tree.push(match[0]);
          } else if ((match = re.modulo.exec(_fmt)) !== null) {
            parse_tree.push("%");
          } else if ((match = re.placeholder.exec(_fmt)) !== null) {
            if (match[2]) {
              arg_names |= 1;
              var field_list = [], replacement_field = match[2], field_match = [];
              if ((field_match = re.key.exec(replacement_field)) !== null) {
                field_list.push(field_match[1]);
                while ((replacement_field = replacement_field.substring(field_match[0].length)) !== "") {
                  if ((field_match = re.key_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else {
                    throw new SyntaxError("[sprintf] failed to parse named argument key");
                  }
                }
              } else {
                throw new SyntaxError("[sprintf] failed to parse named argument key");
              }
              match[2] = field_list;
            } else {
              arg_names |= 2;
            }
            if (arg_names === 3) {
              throw new Error("[sprintf] mixing positional and named placeholders is not (yet) supported");
            }
            parse_tree.push(
              {
                placeholder: match[0],
                param_no: match[1],
                keys: match[2],
                sign: match[3],
                pad_char: match[4],
                align: match[5],
                width: match[6],
                precision: match[7],
                type: match[8]
              }
            );
          } else {
            throw new SyntaxError("[sprintf] unexpected placeholder");
          }
          _fmt = _fmt.substring(match[0].length);
        }
        return sprintf_cache[fmt] = parse_tree;
      }
      if (typeof exports !== "undefined") {
        exports["sprintf"] = sprintf;
        exports["vsprintf"] = vsprintf;
      }
      if (typeof window !== "undefined") {
        window["sprintf"] = sprintf;
        window["vsprintf"] = vsprintf;
        if (typeof define === "function" && define["amd"]) {
          define(function() {
            return {
              "sprintf": sprintf,
              "vsprintf": vsprintf
            };
          });
        }
      }
    })();
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js
var require_strings = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js"(exports, module) {
    var vsprintf = require_sprintf().vsprintf;
    var sprintf = (s, values) => vsprintf(s, values);
    module.exports = { sprintf };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js
var require_regex = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js"(exports, module) {
    var regexSplit = (pattern, s) => s.split(RegExp(pattern));
    module.exports = { "regex.split": regexSplit };
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js
var require_PlainValue_516d5bc2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js"(exports) {
    "use strict";
    var Char = {
      ANCHOR: "&",
      COMMENT: "#",
      TAG: "!",
      DIRECTIVES_END: "-",
      DOCUMENT_END: "."
    };
    var Type = {
      ALIAS: "ALIAS",
      BLANK_LINE: "BLANK_LINE",
      BLOCK_FOLDED: "BLOCK_FOLDED",
      BLOCK_LITERAL: "BLOCK_LITERAL",
      COMMENT: "COMMENT",
      DIRECTIVE: "DIRECTIVE",
      DOCUMENT: "DOCUMENT",
      FLOW_MAP: "FLOW_MAP",
      FLOW_SEQ: "FLOW_SEQ",
      MAP: "MAP",
      MAP_KEY: "MAP_KEY",
      MAP_VALUE: "MAP_VALUE",
      PLAIN: "PLAIN",
      QUOTE_DOUBLE: "QUOTE_DOUBLE",
      QUOTE_SINGLE: "QUOTE_SINGLE",
      SEQ: "SEQ",
      SEQ_ITEM: "SEQ_ITEM"
    };
    var defaultTagPrefix = "tag:yaml.org,2002:";
    var defaultTags = {
      MAP: "tag:yaml.org,2002:map",
      SEQ: "tag:yaml.org,2002:seq",
      STR: "tag:yaml.org,2002:str"
    };
    function findLineStarts(src) {
      const ls = [0];
      let offset = src.indexOf("\n");
      while (offset !== -1) {
        offset += 1;
        ls.push(offset);
        offset = src.indexOf("\n", offset);
      }
      return ls;
    }
    function getSrcInfo(cst) {
      let lineStarts, src;
      if (typeof cst === "string") {
        lineStarts = findLineStarts(cst);
        src = cst;
      } else {
        if (Array.isArray(cst)) cst = cst[0];
        if (cst && cst.context) {
          if (!cst.lineStarts) cst.lineStarts = findLineStarts(cst.context.src);
          lineStarts = cst.lineStarts;
          src = cst.context.src;
        }
      }
      return {
        lineStarts,
        src
      };
    }
    function getLinePos(offset, cst) {
      if (typeof offset !== "number" || offset < 0) return null;
      const {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !src || offset > src.length) return null;
      for (let i = 0; i < lineStarts.length; ++i) {
        const start = lineStarts[i];
        if (offset < start) {
          return {
            line: i,
            col: offset - lineStarts[i - 1] + 1
          };
        }
        if (offset === start) return {
          line: i + 1,
          col: 1
        };
      }
      const line = lineStarts.length;
      return {
        line,
        col: offset - lineStarts[line - 1] + 1
      };
    }
    function getLine2(line, cst) {
      const {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !(line >= 1) || line > lineStarts.length) return null;
      const start = lineStarts[line - 1];
      let end = lineStarts[line];
      while (end && end > start && src[end - 1] === "\n") --end;
      return src.slice(start, end);
    }
    function getPrettyContext({
      start,
      end
    }, cst, maxWidth = 80) {
      let src = getLine2(start.line, cst);
      if (!src) return null;
      let {
        col
      } = start;
      if (src.length > maxWidth) {
        if (col <= maxWidth - 10) {
          src = src.substr(0, maxWidth - 1) + "\u2026";
        } else {
          const halfWidth = Math.round(maxWidth / 2);
          if (src.length > col + halfWidth) src = src.substr(0, col + halfWidth - 1) + "\u2026";
          col -= src.length - maxWidth;
          src = "\u2026" + src.substr(1 - maxWidth);
        }
      }
      let errLen = 1;
      let errEnd = "";
      if (end) {
        if (end.line === start.line && col + (end.col - start.col) <= maxWidth + 1) {
          errLen = end.col - start.col;
        } else {
          errLen = Math.min(src.length + 1, maxWidth) - col;
          errEnd = "\u2026";
        }
      }
      const offset = col > 1 ? " ".repeat(col - 1) : "";
      const err = "^".repeat(errLen);
      return `${src}
${offset}${err}${errEnd}`;
    }
    var Range = class _Range {
      static copy(orig) {
        return new _Range(orig.start, orig.end);
      }
      constructor(start, end) {
        this.start = start;
        this.end = end || start;
      }
      isEmpty() {
        return typeof this.start !== "number" || !this.end || this.end <= this.start;
      }
      /**
       * Set `origStart` and `origEnd` to point to the original source range for
       * this node, which may differ due to dropped CR characters.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRange(cr, offset) {
        const {
          start,
          end
        } = this;
        if (cr.length === 0 || end <= cr[0]) {
          this.origStart = start;
          this.origEnd = end;
          return offset;
        }
        let i = offset;
        while (i < cr.length) {
          if (cr[i] > start) break;
          else ++i;
        }
        this.origStart = start + i;
        const nextOffset = i;
        while (i < cr.length) {
          if (cr[i] >= end) break;
          else ++i;
        }
        this.origEnd = end + i;
        return nextOffset;
      }
    };
    var Node = class _Node {
      static addStringTerminator(src, offset, str2) {
        if (str2[str2.length - 1] === "\n") return str2;
        const next = _Node.endOfWhiteSpace(src, offset);
        return next >= src.length || src[next] === "\n" ? str2 + "\n" : str2;
      }
      // ^(---|...)
      static atDocumentBoundary(src, offset, sep3) {
        const ch0 = src[offset];
        if (!ch0) return true;
        const prev = src[offset - 1];
        if (prev && prev !== "\n") return false;
        if (sep3) {
          if (ch0 !== sep3) return false;
        } else {
          if (ch0 !== Char.DIRECTIVES_END && ch0 !== Char.DOCUMENT_END) return false;
        }
        const ch1 = src[offset + 1];
        const ch2 = src[offset + 2];
        if (ch1 !== ch0 || ch2 !== ch0) return false;
        const ch3 = src[offset + 3];
        return !ch3 || ch3 === "\n" || ch3 === "	" || ch3 === " ";
      }
      static endOfIdentifier(src, offset) {
        let ch = src[offset];
        const isVerbatim = ch === "<";
        const notOk = isVerbatim ? ["\n", "	", " ", ">"] : ["\n", "	", " ", "[", "]", "{", "}", ","];
        while (ch && notOk.indexOf(ch) === -1) ch = src[offset += 1];
        if (isVerbatim && ch === ">") offset += 1;
        return offset;
      }
      static endOfIndent(src, offset) {
        let ch = src[offset];
        while (ch === " ") ch = src[offset += 1];
        return offset;
      }
      static endOfLine(src, offset) {
        let ch = src[offset];
        while (ch && ch !== "\n") ch = src[offset += 1];
        return offset;
      }
      static endOfWhiteSpace(src, offset) {
        let ch = src[offset];
        while (ch === "	" || ch === " ") ch = src[offset += 1];
        return offset;
      }
      static startOfLine(src, offset) {
        let ch = src[offset - 1];
        if (ch === "\n") return offset;
        while (ch && ch !== "\n") ch = src[offset -= 1];
        return offset + 1;
      }
      /**
       * End of indentation, or null if the line's indent level is not more
       * than `indent`
       *
       * @param {string} src
       * @param {number} indent
       * @param {number} lineStart
       * @returns {?number}
       */
      static endOfBlockIndent(src, indent, lineStart) {
        const inEnd = _Node.endOfIndent(src, lineStart);
        if (inEnd > lineStart + indent) {
          return inEnd;
        } else {
          const wsEnd = _Node.endOfWhiteSpace(src, inEnd);
          const ch = src[wsEnd];
          if (!ch || ch === "\n") return wsEnd;
        }
        return null;
      }
      static atBlank(src, offset, endAsBlank) {
        const ch = src[offset];
        return ch === "\n" || ch === "	" || ch === " " || endAsBlank && !ch;
      }
      static nextNodeIsIndented(ch, indentDiff, indicatorAsIndent) {
        if (!ch || indentDiff < 0) return false;
        if (indentDiff > 0) return true;
        return indicatorAsIndent && ch === "-";
      }
      // should be at line or string end, or at next non-whitespace char
      static normalizeOffset(src, offset) {
        const ch = src[offset];
        return !ch ? offset : ch !== "\n" && src[offset - 1] === "\n" ? offset - 1 : _Node.endOfWhiteSpace(src, offset);
      }
      // fold single newline into space, multiple newlines to N - 1 newlines
      // presumes src[offset] === '\n'
      static foldNewline(src, offset, indent) {
        let inCount = 0;
        let error = false;
        let fold = "";
        let ch = src[offset + 1];
        while (ch === " " || ch === "	" || ch === "\n") {
          switch (ch) {
            case "\n":
              inCount = 0;
              offset += 1;
              fold += "\n";
              break;
            case "	":
              if (inCount <= indent) error = true;
              offset = _Node.endOfWhiteSpace(src, offset + 2) - 1;
              break;
            case " ":
              inCount += 1;
              offset += 1;
              break;
          }
          ch = src[offset + 1];
        }
        if (!fold) fold = " ";
        if (ch && inCount <= indent) error = true;
        return {
          fold,
          offset,
          error
        };
      }
      constructor(type, props, context) {
        Object.defineProperty(this, "context", {
          value: context || null,
          writable: true
        });
        this.error = null;
        this.range = null;
        this.valueRange = null;
        this.props = props || [];
        this.type = type;
        this.value = null;
      }
      getPropValue(idx, key2, skipKey) {
        if (!this.context) return null;
        const {
          src
        } = this.context;
        const prop = this.props[idx];
        return prop && src[prop.start] === key2 ? src.slice(prop.start + (skipKey ? 1 : 0), prop.end) : null;
      }
      get anchor() {
        for (let i = 0; i < this.props.length; ++i) {
          const anchor = this.getPropValue(i, Char.ANCHOR, true);
          if (anchor != null) return anchor;
        }
        return null;
      }
      get comment() {
        const comments = [];
        for (let i = 0; i < this.props.length; ++i) {
          const comment = this.getPropValue(i, Char.COMMENT, true);
          if (comment != null) comments.push(comment);
        }
        return comments.length > 0 ? comments.join("\n") : null;
      }
      commentHasRequiredWhitespace(start) {
        const {
          src
        } = this.context;
        if (this.header && start === this.header.end) return false;
        if (!this.valueRange) return false;
        const {
          end
        } = this.valueRange;
        return start !== end || _Node.atBlank(src, end - 1);
      }
      get hasComment() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i) {
            if (src[this.props[i].start] === Char.COMMENT) return true;
          }
        }
        return false;
      }
      get hasProps() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i) {
            if (src[this.props[i].start] !== Char.COMMENT) return true;
          }
        }
        return false;
      }
      get includesTrailingLines() {
        return false;
      }
      get jsonLike() {
        const jsonLikeTypes = [Type.FLOW_MAP, Type.FLOW_SEQ, Type.QUOTE_DOUBLE, Type.QUOTE_SINGLE];
        return jsonLikeTypes.indexOf(this.type) !== -1;
      }
      get rangeAsLinePos() {
        if (!this.range || !this.context) return void 0;
        const start = getLinePos(this.range.start, this.context.root);
        if (!start) return void 0;
        const end = getLinePos(this.range.end, this.context.root);
        return {
          start,
          end
        };
      }
      get rawValue() {
        if (!this.valueRange || !this.context) return null;
        const {
          start,
          end
        } = this.valueRange;
        return this.context.src.slice(start, end);
      }
      get tag() {
        for (let i = 0; i < this.props.length; ++i) {
          const tag = this.getPropValue(i, Char.TAG, false);
          if (tag != null) {
            if (tag[1] === "<") {
              return {
                verbatim: tag.slice(2, -1)
              };
            } else {
              const [_, handle, suffix] = tag.match(/^(.*!)([^!]*)$/);
              return {
                handle,
                suffix
              };
            }
          }
        }
        return null;
      }
      get valueRangeContainsNewline() {
        if (!this.valueRange || !this.context) return false;
        const {
          start,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        for (let i = start; i < end; ++i) {
          if (src[i] === "\n") return true;
        }
        return false;
      }
      parseComment(start) {
        const {
          src
        } = this.context;
        if (src[start] === Char.COMMENT) {
          const end = _Node.endOfLine(src, start + 1);
          const commentRange = new Range(start, end);
          this.props.push(commentRange);
          return end;
        }
        return start;
      }
      /**
       * Populates the `origStart` and `origEnd` values of all ranges for this
       * node. Extended by child classes to handle descendant nodes.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRanges(cr, offset) {
        if (this.range) offset = this.range.setOrigRange(cr, offset);
        if (this.valueRange) this.valueRange.setOrigRange(cr, offset);
        this.props.forEach((prop) => prop.setOrigRange(cr, offset));
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          range,
          value: value2
        } = this;
        if (value2 != null) return value2;
        const str2 = src.slice(range.start, range.end);
        return _Node.addStringTerminator(src, range.end, str2);
      }
    };
    var YAMLError = class extends Error {
      constructor(name, source, message) {
        if (!message || !(source instanceof Node)) throw new Error(`Invalid arguments for new ${name}`);
        super();
        this.name = name;
        this.message = message;
        this.source = source;
      }
      makePretty() {
        if (!this.source) return;
        this.nodeType = this.source.type;
        const cst = this.source.context && this.source.context.root;
        if (typeof this.offset === "number") {
          this.range = new Range(this.offset, this.offset + 1);
          const start = cst && getLinePos(this.offset, cst);
          if (start) {
            const end = {
              line: start.line,
              col: start.col + 1
            };
            this.linePos = {
              start,
              end
            };
          }
          delete this.offset;
        } else {
          this.range = this.source.range;
          this.linePos = this.source.rangeAsLinePos;
        }
        if (this.linePos) {
          const {
            line,
            col
          } = this.linePos.start;
          this.message += ` at line ${line}, column ${col}`;
          const ctx = cst && getPrettyContext(this.linePos, cst);
          if (ctx) this.message += `:

${ctx}
`;
        }
        delete this.source;
      }
    };
    var YAMLReferenceError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLReferenceError", source, message);
      }
    };
    var YAMLSemanticError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSemanticError", source, message);
      }
    };
    var YAMLSyntaxError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSyntaxError", source, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(source, message) {
        super("YAMLWarning", source, message);
      }
    };
    function _defineProperty(e, r, t) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t, e;
    }
    function _toPrimitive(t, r) {
      if ("object" != typeof t || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t, r || "default");
        if ("object" != typeof i) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t);
    }
    function _toPropertyKey(t) {
      var i = _toPrimitive(t, "string");
      return "symbol" == typeof i ? i : i + "";
    }
    var PlainValue = class _PlainValue extends Node {
      static endOfLine(src, start, inFlow) {
        let ch = src[start];
        let offset = start;
        while (ch && ch !== "\n") {
          if (inFlow && (ch === "[" || ch === "]" || ch === "{" || ch === "}" || ch === ",")) break;
          const next = src[offset + 1];
          if (ch === ":" && (!next || next === "\n" || next === "	" || next === " " || inFlow && next === ",")) break;
          if ((ch === " " || ch === "	") && next === "#") break;
          offset += 1;
          ch = next;
        }
        return offset;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        let ch = src[end - 1];
        while (start < end && (ch === "\n" || ch === "	" || ch === " ")) ch = src[--end - 1];
        let str2 = "";
        for (let i = start; i < end; ++i) {
          const ch2 = src[i];
          if (ch2 === "\n") {
            const {
              fold,
              offset
            } = Node.foldNewline(src, i, -1);
            str2 += fold;
            i = offset;
          } else if (ch2 === " " || ch2 === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (i < end && (next === " " || next === "	")) {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str2 += i > wsStart ? src.slice(wsStart, i + 1) : ch2;
          } else {
            str2 += ch2;
          }
        }
        const ch0 = src[start];
        switch (ch0) {
          case "	": {
            const msg = "Plain value cannot start with a tab character";
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str: str2
            };
          }
          case "@":
          case "`": {
            const msg = `Plain value cannot start with reserved character ${ch0}`;
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str: str2
            };
          }
          default:
            return str2;
        }
      }
      parseBlockValue(start) {
        const {
          indent,
          inFlow,
          src
        } = this.context;
        let offset = start;
        let valueEnd = start;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          if (Node.atDocumentBoundary(src, offset + 1)) break;
          const end = Node.endOfBlockIndent(src, indent, offset + 1);
          if (end === null || src[end] === "#") break;
          if (src[end] === "\n") {
            offset = end;
          } else {
            valueEnd = _PlainValue.endOfLine(src, end, inFlow);
            offset = valueEnd;
          }
        }
        if (this.valueRange.isEmpty()) this.valueRange.start = start;
        this.valueRange.end = valueEnd;
        return valueEnd;
      }
      /**
       * Parses a plain value from the source
       *
       * Accepted forms are:
       * ```
       * #comment
       *
       * first line
       *
       * first line #comment
       *
       * first line
       * block
       * lines
       *
       * #comment
       * block
       * lines
       * ```
       * where block lines are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar, may be `\n`
       */
      parse(context, start) {
        this.context = context;
        const {
          inFlow,
          src
        } = context;
        let offset = start;
        const ch = src[offset];
        if (ch && ch !== "#" && ch !== "\n") {
          offset = _PlainValue.endOfLine(src, start, inFlow);
        }
        this.valueRange = new Range(start, offset);
        offset = Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        if (!this.hasComment || this.valueRange.isEmpty()) {
          offset = this.parseBlockValue(offset);
        }
        return offset;
      }
    };
    exports.Char = Char;
    exports.Node = Node;
    exports.PlainValue = PlainValue;
    exports.Range = Range;
    exports.Type = Type;
    exports.YAMLError = YAMLError;
    exports.YAMLReferenceError = YAMLReferenceError;
    exports.YAMLSemanticError = YAMLSemanticError;
    exports.YAMLSyntaxError = YAMLSyntaxError;
    exports.YAMLWarning = YAMLWarning;
    exports._defineProperty = _defineProperty;
    exports.defaultTagPrefix = defaultTagPrefix;
    exports.defaultTags = defaultTags;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js
var require_parse_cst = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var BlankLine = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.BLANK_LINE);
      }
      /* istanbul ignore next */
      get includesTrailingLines() {
        return true;
      }
      /**
       * Parses a blank line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first \n character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        this.range = new PlainValue.Range(start, start + 1);
        return start + 1;
      }
    };
    var CollectionItem = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.node = null;
      }
      get includesTrailingLines() {
        return !!this.node && this.node.includesTrailingLines;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        const {
          parseNode: parseNode2,
          src
        } = context;
        let {
          atLineStart,
          lineStart
        } = context;
        if (!atLineStart && this.type === PlainValue.Type.SEQ_ITEM) this.error = new PlainValue.YAMLSemanticError(this, "Sequence items must not have preceding content on the same line");
        const indent = atLineStart ? start - lineStart : context.indent;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
        let ch = src[offset];
        const inlineComment = ch === "#";
        const comments = [];
        let blankLine = null;
        while (ch === "\n" || ch === "#") {
          if (ch === "#") {
            const end2 = PlainValue.Node.endOfLine(src, offset + 1);
            comments.push(new PlainValue.Range(offset, end2));
            offset = end2;
          } else {
            atLineStart = true;
            lineStart = offset + 1;
            const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
            if (src[wsEnd] === "\n" && comments.length === 0) {
              blankLine = new BlankLine();
              lineStart = blankLine.parse({
                src
              }, lineStart);
            }
            offset = PlainValue.Node.endOfIndent(src, lineStart);
          }
          ch = src[offset];
        }
        if (PlainValue.Node.nextNodeIsIndented(ch, offset - (lineStart + indent), this.type !== PlainValue.Type.SEQ_ITEM)) {
          this.node = parseNode2({
            atLineStart,
            inCollection: false,
            indent,
            lineStart,
            parent: this
          }, offset);
        } else if (ch && lineStart > start + 1) {
          offset = lineStart - 1;
        }
        if (this.node) {
          if (blankLine) {
            const items = context.parent.items || context.parent.contents;
            if (items) items.push(blankLine);
          }
          if (comments.length) Array.prototype.push.apply(this.props, comments);
          offset = this.node.range.end;
        } else {
          if (inlineComment) {
            const c = comments[0];
            this.props.push(c);
            offset = c.end;
          } else {
            offset = PlainValue.Node.endOfLine(src, start + 1);
          }
        }
        const end = this.node ? this.node.valueRange.end : offset;
        this.valueRange = new PlainValue.Range(start, end);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        return this.node ? this.node.setOrigRanges(cr, offset) : offset;
      }
      toString() {
        const {
          context: {
            src
          },
          node,
          range,
          value: value2
        } = this;
        if (value2 != null) return value2;
        const str2 = node ? src.slice(range.start, node.range.start) + String(node) : src.slice(range.start, range.end);
        return PlainValue.Node.addStringTerminator(src, range.end, str2);
      }
    };
    var Comment = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.COMMENT);
      }
      /**
       * Parses a comment line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const offset = this.parseComment(start);
        this.range = new PlainValue.Range(start, offset);
        return offset;
      }
    };
    function grabCollectionEndComments(node) {
      let cnode = node;
      while (cnode instanceof CollectionItem) cnode = cnode.node;
      if (!(cnode instanceof Collection)) return null;
      const len = cnode.items.length;
      let ci = -1;
      for (let i = len - 1; i >= 0; --i) {
        const n = cnode.items[i];
        if (n.type === PlainValue.Type.COMMENT) {
          const {
            indent,
            lineStart
          } = n.context;
          if (indent > 0 && n.range.start >= lineStart + indent) break;
          ci = i;
        } else if (n.type === PlainValue.Type.BLANK_LINE) ci = i;
        else break;
      }
      if (ci === -1) return null;
      const ca = cnode.items.splice(ci, len - ci);
      const prevEnd = ca[0].range.start;
      while (true) {
        cnode.range.end = prevEnd;
        if (cnode.valueRange && cnode.valueRange.end > prevEnd) cnode.valueRange.end = prevEnd;
        if (cnode === node) break;
        cnode = cnode.context.parent;
      }
      return ca;
    }
    var Collection = class _Collection extends PlainValue.Node {
      static nextContentHasIndent(src, offset, indent) {
        const lineStart = PlainValue.Node.endOfLine(src, offset) + 1;
        offset = PlainValue.Node.endOfWhiteSpace(src, lineStart);
        const ch = src[offset];
        if (!ch) return false;
        if (offset >= lineStart + indent) return true;
        if (ch !== "#" && ch !== "\n") return false;
        return _Collection.nextContentHasIndent(src, offset, indent);
      }
      constructor(firstItem) {
        super(firstItem.type === PlainValue.Type.SEQ_ITEM ? PlainValue.Type.SEQ : PlainValue.Type.MAP);
        for (let i = firstItem.props.length - 1; i >= 0; --i) {
          if (firstItem.props[i].start < firstItem.context.lineStart) {
            this.props = firstItem.props.slice(0, i + 1);
            firstItem.props = firstItem.props.slice(i + 1);
            const itemRange = firstItem.props[0] || firstItem.valueRange;
            firstItem.range.start = itemRange.start;
            break;
          }
        }
        this.items = [firstItem];
        const ec = grabCollectionEndComments(firstItem);
        if (ec) Array.prototype.push.apply(this.items, ec);
      }
      get includesTrailingLines() {
        return this.items.length > 0;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        const {
          parseNode: parseNode2,
          src
        } = context;
        let lineStart = PlainValue.Node.startOfLine(src, start);
        const firstItem = this.items[0];
        firstItem.context.parent = this;
        this.valueRange = PlainValue.Range.copy(firstItem.valueRange);
        const indent = firstItem.range.start - firstItem.context.lineStart;
        let offset = start;
        offset = PlainValue.Node.normalizeOffset(src, offset);
        let ch = src[offset];
        let atLineStart = PlainValue.Node.endOfWhiteSpace(src, lineStart) === offset;
        let prevIncludesTrailingLines = false;
        while (ch) {
          while (ch === "\n" || ch === "#") {
            if (atLineStart && ch === "\n" && !prevIncludesTrailingLines) {
              const blankLine = new BlankLine();
              offset = blankLine.parse({
                src
              }, offset);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
              this.items.push(blankLine);
              offset -= 1;
            } else if (ch === "#") {
              if (offset < lineStart + indent && !_Collection.nextContentHasIndent(src, offset, indent)) {
                return offset;
              }
              const comment = new Comment();
              offset = comment.parse({
                indent,
                lineStart,
                src
              }, offset);
              this.items.push(comment);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
            }
            lineStart = offset + 1;
            offset = PlainValue.Node.endOfIndent(src, lineStart);
            if (PlainValue.Node.atBlank(src, offset)) {
              const wsEnd = PlainValue.Node.endOfWhiteSpace(src, offset);
              const next = src[wsEnd];
              if (!next || next === "\n" || next === "#") {
                offset = wsEnd;
              }
            }
            ch = src[offset];
            atLineStart = true;
          }
          if (!ch) {
            break;
          }
          if (offset !== lineStart + indent && (atLineStart || ch !== ":")) {
            if (offset < lineStart + indent) {
              if (lineStart > start) offset = lineStart;
              break;
            } else if (!this.error) {
              const msg = "All collection items must start at the same column";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          if (firstItem.type === PlainValue.Type.SEQ_ITEM) {
            if (ch !== "-") {
              if (lineStart > start) offset = lineStart;
              break;
            }
          } else if (ch === "-" && !this.error) {
            const next = src[offset + 1];
            if (!next || next === "\n" || next === "	" || next === " ") {
              const msg = "A collection cannot be both a mapping and a sequence";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          const node = parseNode2({
            atLineStart,
            inCollection: true,
            indent,
            lineStart,
            parent: this
          }, offset);
          if (!node) return offset;
          this.items.push(node);
          this.valueRange.end = node.valueRange.end;
          offset = PlainValue.Node.normalizeOffset(src, node.range.end);
          ch = src[offset];
          atLineStart = false;
          prevIncludesTrailingLines = node.includesTrailingLines;
          if (ch) {
            let ls = offset - 1;
            let prev = src[ls];
            while (prev === " " || prev === "	") prev = src[--ls];
            if (prev === "\n") {
              lineStart = ls + 1;
              atLineStart = true;
            }
          }
          const ec = grabCollectionEndComments(node);
          if (ec) Array.prototype.push.apply(this.items, ec);
        }
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.items.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range,
          value: value2
        } = this;
        if (value2 != null) return value2;
        let str2 = src.slice(range.start, items[0].range.start) + String(items[0]);
        for (let i = 1; i < items.length; ++i) {
          const item = items[i];
          const {
            atLineStart,
            indent
          } = item.context;
          if (atLineStart) for (let i2 = 0; i2 < indent; ++i2) str2 += " ";
          str2 += String(item);
        }
        return PlainValue.Node.addStringTerminator(src, range.end, str2);
      }
    };
    var Directive = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.DIRECTIVE);
        this.name = null;
      }
      get parameters() {
        const raw2 = this.rawValue;
        return raw2 ? raw2.trim().split(/[ \t]+/) : [];
      }
      parseName(start) {
        const {
          src
        } = this.context;
        let offset = start;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "	" && ch !== " ") ch = src[offset += 1];
        this.name = src.slice(start, offset);
        return offset;
      }
      parseParameters(start) {
        const {
          src
        } = this.context;
        let offset = start;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "#") ch = src[offset += 1];
        this.valueRange = new PlainValue.Range(start, offset);
        return offset;
      }
      parse(context, start) {
        this.context = context;
        let offset = this.parseName(start + 1);
        offset = this.parseParameters(offset);
        offset = this.parseComment(offset);
        this.range = new PlainValue.Range(start, offset);
        return offset;
      }
    };
    var Document = class _Document extends PlainValue.Node {
      static startCommentOrEndBlankLine(src, start) {
        const offset = PlainValue.Node.endOfWhiteSpace(src, start);
        const ch = src[offset];
        return ch === "#" || ch === "\n" ? offset : start;
      }
      constructor() {
        super(PlainValue.Type.DOCUMENT);
        this.directives = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.documentEndMarker = null;
      }
      parseDirectives(start) {
        const {
          src
        } = this.context;
        this.directives = [];
        let atLineStart = true;
        let hasDirectives = false;
        let offset = start;
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DIRECTIVES_END)) {
          offset = _Document.startCommentOrEndBlankLine(src, offset);
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.directives.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.directives.push(comment);
                atLineStart = false;
              }
              break;
            case "%":
              {
                const directive = new Directive();
                offset = directive.parse({
                  parent: this,
                  src
                }, offset);
                this.directives.push(directive);
                hasDirectives = true;
                atLineStart = false;
              }
              break;
            default:
              if (hasDirectives) {
                this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
              } else if (this.directives.length > 0) {
                this.contents = this.directives;
                this.directives = [];
              }
              return offset;
          }
        }
        if (src[offset]) {
          this.directivesEndMarker = new PlainValue.Range(offset, offset + 3);
          return offset + 3;
        }
        if (hasDirectives) {
          this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
        } else if (this.directives.length > 0) {
          this.contents = this.directives;
          this.directives = [];
        }
        return offset;
      }
      parseContents(start) {
        const {
          parseNode: parseNode2,
          src
        } = this.context;
        if (!this.contents) this.contents = [];
        let lineStart = start;
        while (src[lineStart - 1] === "-") lineStart -= 1;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start);
        let atLineStart = lineStart === start;
        this.valueRange = new PlainValue.Range(offset);
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DOCUMENT_END)) {
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.contents.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              lineStart = offset;
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.contents.push(comment);
                atLineStart = false;
              }
              break;
            default: {
              const iEnd = PlainValue.Node.endOfIndent(src, offset);
              const context = {
                atLineStart,
                indent: -1,
                inFlow: false,
                inCollection: false,
                lineStart,
                parent: this
              };
              const node = parseNode2(context, iEnd);
              if (!node) return this.valueRange.end = iEnd;
              this.contents.push(node);
              offset = node.range.end;
              atLineStart = false;
              const ec = grabCollectionEndComments(node);
              if (ec) Array.prototype.push.apply(this.contents, ec);
            }
          }
          offset = _Document.startCommentOrEndBlankLine(src, offset);
        }
        this.valueRange.end = offset;
        if (src[offset]) {
          this.documentEndMarker = new PlainValue.Range(offset, offset + 3);
          offset += 3;
          if (src[offset]) {
            offset = PlainValue.Node.endOfWhiteSpace(src, offset);
            if (src[offset] === "#") {
              const comment = new Comment();
              offset = comment.parse({
                src
              }, offset);
              this.contents.push(comment);
            }
            switch (src[offset]) {
              case "\n":
                offset += 1;
                break;
              case void 0:
                break;
              default:
                this.error = new PlainValue.YAMLSyntaxError(this, "Document end marker line cannot have a non-comment suffix");
            }
          }
        }
        return offset;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        context.root = this;
        this.context = context;
        const {
          src
        } = context;
        let offset = src.charCodeAt(start) === 65279 ? start + 1 : start;
        offset = this.parseDirectives(offset);
        offset = this.parseContents(offset);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.directives.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        if (this.directivesEndMarker) offset = this.directivesEndMarker.setOrigRange(cr, offset);
        this.contents.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        if (this.documentEndMarker) offset = this.documentEndMarker.setOrigRange(cr, offset);
        return offset;
      }
      toString() {
        const {
          contents,
          directives: directives2,
          value: value2
        } = this;
        if (value2 != null) return value2;
        let str2 = directives2.join("");
        if (contents.length > 0) {
          if (directives2.length > 0 || contents[0].type === PlainValue.Type.COMMENT) str2 += "---\n";
          str2 += contents.join("");
        }
        if (str2[str2.length - 1] !== "\n") str2 += "\n";
        return str2;
      }
    };
    var Alias = class extends PlainValue.Node {
      /**
       * Parses an *alias from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = PlainValue.Node.endOfIdentifier(src, start + 1);
        this.valueRange = new PlainValue.Range(start + 1, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var Chomp = {
      CLIP: "CLIP",
      KEEP: "KEEP",
      STRIP: "STRIP"
    };
    var BlockValue = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.blockIndent = null;
        this.chomping = Chomp.CLIP;
        this.header = null;
      }
      get includesTrailingLines() {
        return this.chomping === Chomp.KEEP;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (this.valueRange.isEmpty()) return "";
        let lastNewLine = null;
        let ch = src[end - 1];
        while (ch === "\n" || ch === "	" || ch === " ") {
          end -= 1;
          if (end <= start) {
            if (this.chomping === Chomp.KEEP) break;
            else return "";
          }
          if (ch === "\n") lastNewLine = end;
          ch = src[end - 1];
        }
        let keepStart = end + 1;
        if (lastNewLine) {
          if (this.chomping === Chomp.KEEP) {
            keepStart = lastNewLine;
            end = this.valueRange.end;
          } else {
            end = lastNewLine;
          }
        }
        const bi = indent + this.blockIndent;
        const folded = this.type === PlainValue.Type.BLOCK_FOLDED;
        let atStart = true;
        let str2 = "";
        let sep3 = "";
        let prevMoreIndented = false;
        for (let i = start; i < end; ++i) {
          for (let j = 0; j < bi; ++j) {
            if (src[i] !== " ") break;
            i += 1;
          }
          const ch2 = src[i];
          if (ch2 === "\n") {
            if (sep3 === "\n") str2 += "\n";
            else sep3 = "\n";
          } else {
            const lineEnd = PlainValue.Node.endOfLine(src, i);
            const line = src.slice(i, lineEnd);
            i = lineEnd;
            if (folded && (ch2 === " " || ch2 === "	") && i < keepStart) {
              if (sep3 === " ") sep3 = "\n";
              else if (!prevMoreIndented && !atStart && sep3 === "\n") sep3 = "\n\n";
              str2 += sep3 + line;
              sep3 = lineEnd < end && src[lineEnd] || "";
              prevMoreIndented = true;
            } else {
              str2 += sep3 + line;
              sep3 = folded && i < keepStart ? " " : "\n";
              prevMoreIndented = false;
            }
            if (atStart && line !== "") atStart = false;
          }
        }
        return this.chomping === Chomp.STRIP ? str2 : str2 + "\n";
      }
      parseBlockHeader(start) {
        const {
          src
        } = this.context;
        let offset = start + 1;
        let bi = "";
        while (true) {
          const ch = src[offset];
          switch (ch) {
            case "-":
              this.chomping = Chomp.STRIP;
              break;
            case "+":
              this.chomping = Chomp.KEEP;
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
            case "8":
            case "9":
              bi += ch;
              break;
            default:
              this.blockIndent = Number(bi) || null;
              this.header = new PlainValue.Range(start, offset);
              return offset;
          }
          offset += 1;
        }
      }
      parseBlockValue(start) {
        const {
          indent,
          src
        } = this.context;
        const explicit = !!this.blockIndent;
        let offset = start;
        let valueEnd = start;
        let minBlockIndent = 1;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          offset += 1;
          if (PlainValue.Node.atDocumentBoundary(src, offset)) break;
          const end = PlainValue.Node.endOfBlockIndent(src, indent, offset);
          if (end === null) break;
          const ch2 = src[end];
          const lineIndent = end - (offset + indent);
          if (!this.blockIndent) {
            if (src[end] !== "\n") {
              if (lineIndent < minBlockIndent) {
                const msg = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
                this.error = new PlainValue.YAMLSemanticError(this, msg);
              }
              this.blockIndent = lineIndent;
            } else if (lineIndent > minBlockIndent) {
              minBlockIndent = lineIndent;
            }
          } else if (ch2 && ch2 !== "\n" && lineIndent < this.blockIndent) {
            if (src[end] === "#") break;
            if (!this.error) {
              const src2 = explicit ? "explicit indentation indicator" : "first line";
              const msg = `Block scalars must not be less indented than their ${src2}`;
              this.error = new PlainValue.YAMLSemanticError(this, msg);
            }
          }
          if (src[end] === "\n") {
            offset = end;
          } else {
            offset = valueEnd = PlainValue.Node.endOfLine(src, end);
          }
        }
        if (this.chomping !== Chomp.KEEP) {
          offset = src[valueEnd] ? valueEnd + 1 : valueEnd;
        }
        this.valueRange = new PlainValue.Range(start + 1, offset);
        return offset;
      }
      /**
       * Parses a block value from the source
       *
       * Accepted forms are:
       * ```
       * BS
       * block
       * lines
       *
       * BS #comment
       * block
       * lines
       * ```
       * where the block style BS matches the regexp `[|>][-+1-9]*` and block lines
       * are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this block
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = this.parseBlockHeader(start);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        offset = this.parseBlockValue(offset);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        return this.header ? this.header.setOrigRange(cr, offset) : offset;
      }
    };
    var FlowCollection = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.items = null;
      }
      prevNodeIsJsonLike(idx = this.items.length) {
        const node = this.items[idx - 1];
        return !!node && (node.jsonLike || node.type === PlainValue.Type.COMMENT && this.prevNodeIsJsonLike(idx - 1));
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        const {
          parseNode: parseNode2,
          src
        } = context;
        let {
          indent,
          lineStart
        } = context;
        let char = src[start];
        this.items = [{
          char,
          offset: start
        }];
        let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
        char = src[offset];
        while (char && char !== "]" && char !== "}") {
          switch (char) {
            case "\n":
              {
                lineStart = offset + 1;
                const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
                if (src[wsEnd] === "\n") {
                  const blankLine = new BlankLine();
                  lineStart = blankLine.parse({
                    src
                  }, lineStart);
                  this.items.push(blankLine);
                }
                offset = PlainValue.Node.endOfIndent(src, lineStart);
                if (offset <= lineStart + indent) {
                  char = src[offset];
                  if (offset < lineStart + indent || char !== "]" && char !== "}") {
                    const msg = "Insufficient indentation in flow collection";
                    this.error = new PlainValue.YAMLSemanticError(this, msg);
                  }
                }
              }
              break;
            case ",":
              {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.items.push(comment);
              }
              break;
            case "?":
            case ":": {
              const next = src[offset + 1];
              if (next === "\n" || next === "	" || next === " " || next === "," || // in-flow : after JSON-like key does not need to be followed by whitespace
              char === ":" && this.prevNodeIsJsonLike()) {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
                break;
              }
            }
            // fallthrough
            default: {
              const node = parseNode2({
                atLineStart: false,
                inCollection: false,
                inFlow: true,
                indent: -1,
                lineStart,
                parent: this
              }, offset);
              if (!node) {
                this.valueRange = new PlainValue.Range(start, offset);
                return offset;
              }
              this.items.push(node);
              offset = PlainValue.Node.normalizeOffset(src, node.range.end);
            }
          }
          offset = PlainValue.Node.endOfWhiteSpace(src, offset);
          char = src[offset];
        }
        this.valueRange = new PlainValue.Range(start, offset + 1);
        if (char) {
          this.items.push({
            char,
            offset
          });
          offset = PlainValue.Node.endOfWhiteSpace(src, offset + 1);
          offset = this.parseComment(offset);
        }
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.items.forEach((node) => {
          if (node instanceof PlainValue.Node) {
            offset = node.setOrigRanges(cr, offset);
          } else if (cr.length === 0) {
            node.origOffset = node.offset;
          } else {
            let i = offset;
            while (i < cr.length) {
              if (cr[i] > node.offset) break;
              else ++i;
            }
            node.origOffset = node.offset + i;
            offset = i;
          }
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range,
          value: value2
        } = this;
        if (value2 != null) return value2;
        const nodes = items.filter((item) => item instanceof PlainValue.Node);
        let str2 = "";
        let prevEnd = range.start;
        nodes.forEach((node) => {
          const prefix = src.slice(prevEnd, node.range.start);
          prevEnd = node.range.end;
          str2 += prefix + String(node);
          if (str2[str2.length - 1] === "\n" && src[prevEnd - 1] !== "\n" && src[prevEnd] === "\n") {
            prevEnd += 1;
          }
        });
        str2 += src.slice(prevEnd, range.end);
        return PlainValue.Node.addStringTerminator(src, range.end, str2);
      }
    };
    var QuoteDouble = class _QuoteDouble extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch && ch !== '"') {
          offset += ch === "\\" ? 2 : 1;
          ch = src[offset];
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== '"') errors.push(new PlainValue.YAMLSyntaxError(this, 'Missing closing "quote'));
        let str2 = "";
        for (let i = start + 1; i < end - 1; ++i) {
          const ch = src[i];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str2 += fold;
            i = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line double-quoted string needs to be sufficiently indented"));
          } else if (ch === "\\") {
            i += 1;
            switch (src[i]) {
              case "0":
                str2 += "\0";
                break;
              // null character
              case "a":
                str2 += "\x07";
                break;
              // bell character
              case "b":
                str2 += "\b";
                break;
              // backspace
              case "e":
                str2 += "\x1B";
                break;
              // escape character
              case "f":
                str2 += "\f";
                break;
              // form feed
              case "n":
                str2 += "\n";
                break;
              // line feed
              case "r":
                str2 += "\r";
                break;
              // carriage return
              case "t":
                str2 += "	";
                break;
              // horizontal tab
              case "v":
                str2 += "\v";
                break;
              // vertical tab
              case "N":
                str2 += "\x85";
                break;
              // Unicode next line
              case "_":
                str2 += "\xA0";
                break;
              // Unicode non-breaking space
              case "L":
                str2 += "\u2028";
                break;
              // Unicode line separator
              case "P":
                str2 += "\u2029";
                break;
              // Unicode paragraph separator
              case " ":
                str2 += " ";
                break;
              case '"':
                str2 += '"';
                break;
              case "/":
                str2 += "/";
                break;
              case "\\":
                str2 += "\\";
                break;
              case "	":
                str2 += "	";
                break;
              case "x":
                str2 += this.parseCharCode(i + 1, 2, errors);
                i += 2;
                break;
              case "u":
                str2 += this.parseCharCode(i + 1, 4, errors);
                i += 4;
                break;
              case "U":
                str2 += this.parseCharCode(i + 1, 8, errors);
                i += 8;
                break;
              case "\n":
                while (src[i + 1] === " " || src[i + 1] === "	") i += 1;
                break;
              default:
                errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(i - 1, 2)}`));
                str2 += "\\" + src[i];
            }
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (next === " " || next === "	") {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str2 += i > wsStart ? src.slice(wsStart, i + 1) : ch;
          } else {
            str2 += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str: str2
        } : str2;
      }
      parseCharCode(offset, length, errors) {
        const {
          src
        } = this.context;
        const cc = src.substr(offset, length);
        const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
        const code = ok ? parseInt(cc, 16) : NaN;
        if (isNaN(code)) {
          errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(offset - 2, length + 2)}`));
          return src.substr(offset - 2, length + 2);
        }
        return String.fromCodePoint(code);
      }
      /**
       * Parses a "double quoted" value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteDouble.endOfQuote(src, start + 1);
        this.valueRange = new PlainValue.Range(start, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var QuoteSingle = class _QuoteSingle extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch) {
          if (ch === "'") {
            if (src[offset + 1] !== "'") break;
            ch = src[offset += 2];
          } else {
            ch = src[offset += 1];
          }
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Missing closing 'quote"));
        let str2 = "";
        for (let i = start + 1; i < end - 1; ++i) {
          const ch = src[i];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str2 += fold;
            i = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line single-quoted string needs to be sufficiently indented"));
          } else if (ch === "'") {
            str2 += ch;
            i += 1;
            if (src[i] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Unescaped single quote? This should not happen."));
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (next === " " || next === "	") {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str2 += i > wsStart ? src.slice(wsStart, i + 1) : ch;
          } else {
            str2 += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str: str2
        } : str2;
      }
      /**
       * Parses a 'single quoted' value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteSingle.endOfQuote(src, start + 1);
        this.valueRange = new PlainValue.Range(start, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    function createNewNode(type, props) {
      switch (type) {
        case PlainValue.Type.ALIAS:
          return new Alias(type, props);
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
          return new BlockValue(type, props);
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.FLOW_SEQ:
          return new FlowCollection(type, props);
        case PlainValue.Type.MAP_KEY:
        case PlainValue.Type.MAP_VALUE:
        case PlainValue.Type.SEQ_ITEM:
          return new CollectionItem(type, props);
        case PlainValue.Type.COMMENT:
        case PlainValue.Type.PLAIN:
          return new PlainValue.PlainValue(type, props);
        case PlainValue.Type.QUOTE_DOUBLE:
          return new QuoteDouble(type, props);
        case PlainValue.Type.QUOTE_SINGLE:
          return new QuoteSingle(type, props);
        /* istanbul ignore next */
        default:
          return null;
      }
    }
    var ParseContext = class _ParseContext {
      static parseType(src, offset, inFlow) {
        switch (src[offset]) {
          case "*":
            return PlainValue.Type.ALIAS;
          case ">":
            return PlainValue.Type.BLOCK_FOLDED;
          case "|":
            return PlainValue.Type.BLOCK_LITERAL;
          case "{":
            return PlainValue.Type.FLOW_MAP;
          case "[":
            return PlainValue.Type.FLOW_SEQ;
          case "?":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_KEY : PlainValue.Type.PLAIN;
          case ":":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_VALUE : PlainValue.Type.PLAIN;
          case "-":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.SEQ_ITEM : PlainValue.Type.PLAIN;
          case '"':
            return PlainValue.Type.QUOTE_DOUBLE;
          case "'":
            return PlainValue.Type.QUOTE_SINGLE;
          default:
            return PlainValue.Type.PLAIN;
        }
      }
      constructor(orig = {}, {
        atLineStart,
        inCollection,
        inFlow,
        indent,
        lineStart,
        parent
      } = {}) {
        PlainValue._defineProperty(this, "parseNode", (overlay, start) => {
          if (PlainValue.Node.atDocumentBoundary(this.src, start)) return null;
          const context = new _ParseContext(this, overlay);
          const {
            props,
            type,
            valueStart
          } = context.parseProps(start);
          const node = createNewNode(type, props);
          let offset = start;
          try {
            offset = node.parse(context, valueStart);
          } catch (error) {
            const msg = error instanceof Error ? error.message : String(error);
            if (!node.error) node.error = new PlainValue.YAMLSyntaxError(node, msg);
          }
          node.range = new PlainValue.Range(start, offset);
          if (offset <= start) {
            if (!node.error) node.error = new Error(`Node#parse consumed no characters`);
            node.error.parseEnd = offset;
            node.error.source = node;
            node.range.end = start + 1;
          }
          if (context.nodeStartsCollection(node)) {
            if (!node.error && !context.atLineStart && context.parent.type === PlainValue.Type.DOCUMENT) {
              node.error = new PlainValue.YAMLSyntaxError(node, "Block collection must not have preceding content here (e.g. directives-end indicator)");
            }
            const collection = new Collection(node);
            offset = collection.parse(new _ParseContext(context), offset);
            collection.range = new PlainValue.Range(start, offset);
            return collection;
          }
          return node;
        });
        this.atLineStart = atLineStart != null ? atLineStart : orig.atLineStart || false;
        this.inCollection = inCollection != null ? inCollection : orig.inCollection || false;
        this.inFlow = inFlow != null ? inFlow : orig.inFlow || false;
        this.indent = indent != null ? indent : orig.indent;
        this.lineStart = lineStart != null ? lineStart : orig.lineStart;
        this.parent = parent != null ? parent : orig.parent || {};
        this.root = orig.root;
        this.src = orig.src;
      }
      nodeStartsCollection(node) {
        const {
          inCollection,
          inFlow,
          src
        } = this;
        if (inCollection || inFlow) return false;
        if (node instanceof CollectionItem) return true;
        let offset = node.range.end;
        if (src[offset] === "\n" || src[offset - 1] === "\n") return false;
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        return src[offset] === ":";
      }
      // Anchor and tag are before type, which determines the node implementation
      // class; hence this intermediate step.
      parseProps(offset) {
        const {
          inFlow,
          parent,
          src
        } = this;
        const props = [];
        let lineHasProps = false;
        offset = this.atLineStart ? PlainValue.Node.endOfIndent(src, offset) : PlainValue.Node.endOfWhiteSpace(src, offset);
        let ch = src[offset];
        while (ch === PlainValue.Char.ANCHOR || ch === PlainValue.Char.COMMENT || ch === PlainValue.Char.TAG || ch === "\n") {
          if (ch === "\n") {
            let inEnd = offset;
            let lineStart;
            do {
              lineStart = inEnd + 1;
              inEnd = PlainValue.Node.endOfIndent(src, lineStart);
            } while (src[inEnd] === "\n");
            const indentDiff = inEnd - (lineStart + this.indent);
            const noIndicatorAsIndent = parent.type === PlainValue.Type.SEQ_ITEM && parent.context.atLineStart;
            if (src[inEnd] !== "#" && !PlainValue.Node.nextNodeIsIndented(src[inEnd], indentDiff, !noIndicatorAsIndent)) break;
            this.atLineStart = true;
            this.lineStart = lineStart;
            lineHasProps = false;
            offset = inEnd;
          } else if (ch === PlainValue.Char.COMMENT) {
            const end = PlainValue.Node.endOfLine(src, offset + 1);
            props.push(new PlainValue.Range(offset, end));
            offset = end;
          } else {
            let end = PlainValue.Node.endOfIdentifier(src, offset + 1);
            if (ch === PlainValue.Char.TAG && src[end] === "," && /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+,\d\d\d\d(-\d\d){0,2}\/\S/.test(src.slice(offset + 1, end + 13))) {
              end = PlainValue.Node.endOfIdentifier(src, end + 5);
            }
            props.push(new PlainValue.Range(offset, end));
            lineHasProps = true;
            offset = PlainValue.Node.endOfWhiteSpace(src, end);
          }
          ch = src[offset];
        }
        if (lineHasProps && ch === ":" && PlainValue.Node.atBlank(src, offset + 1, true)) offset -= 1;
        const type = _ParseContext.parseType(src, offset, inFlow);
        return {
          props,
          type,
          valueStart: offset
        };
      }
    };
    function parse3(src) {
      const cr = [];
      if (src.indexOf("\r") !== -1) {
        src = src.replace(/\r\n?/g, (match, offset2) => {
          if (match.length > 1) cr.push(offset2);
          return "\n";
        });
      }
      const documents = [];
      let offset = 0;
      do {
        const doc = new Document();
        const context = new ParseContext({
          src
        });
        offset = doc.parse(context, offset);
        documents.push(doc);
      } while (offset < src.length);
      documents.setOrigRanges = () => {
        if (cr.length === 0) return false;
        for (let i = 1; i < cr.length; ++i) cr[i] -= i;
        let crOffset = 0;
        for (let i = 0; i < documents.length; ++i) {
          crOffset = documents[i].setOrigRanges(cr, crOffset);
        }
        cr.splice(0, cr.length);
        return true;
      };
      documents.toString = () => documents.join("...\n");
      return documents;
    }
    exports.parse = parse3;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js
var require_resolveSeq_95613e94 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    function addCommentBefore(str2, indent, comment) {
      if (!comment) return str2;
      const cc = comment.replace(/[\s\S]^/gm, `$&${indent}#`);
      return `#${cc}
${indent}${str2}`;
    }
    function addComment(str2, indent, comment) {
      return !comment ? str2 : comment.indexOf("\n") === -1 ? `${str2} #${comment}` : `${str2}
` + comment.replace(/^/gm, `${indent || ""}#`);
    }
    var Node = class {
    };
    function toJSON(value2, arg, ctx) {
      if (Array.isArray(value2)) return value2.map((v, i) => toJSON(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        const anchor = ctx && ctx.anchors && ctx.anchors.get(value2);
        if (anchor) ctx.onCreate = (res2) => {
          anchor.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (anchor && ctx.onCreate) ctx.onCreate(res);
        return res;
      }
      if ((!ctx || !ctx.keep) && typeof value2 === "bigint") return Number(value2);
      return value2;
    }
    var Scalar = class extends Node {
      constructor(value2) {
        super();
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx && ctx.keep ? this.value : toJSON(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    function collectionFromPath(schema, path3, value2) {
      let v = value2;
      for (let i = path3.length - 1; i >= 0; --i) {
        const k = path3[i];
        if (Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          const o = {};
          Object.defineProperty(o, k, {
            value: v,
            writable: true,
            enumerable: true,
            configurable: true
          });
          v = o;
        }
      }
      return schema.createNode(v, false);
    }
    var isEmptyPath = (path3) => path3 == null || typeof path3 === "object" && path3[Symbol.iterator]().next().done;
    var Collection = class _Collection extends Node {
      constructor(schema) {
        super();
        PlainValue._defineProperty(this, "items", []);
        this.schema = schema;
      }
      addIn(path3, value2) {
        if (isEmptyPath(path3)) this.add(value2);
        else {
          const [key2, ...rest] = path3;
          const node = this.get(key2, true);
          if (node instanceof _Collection) node.addIn(rest, value2);
          else if (node === void 0 && this.schema) this.set(key2, collectionFromPath(this.schema, rest, value2));
          else throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      deleteIn([key2, ...rest]) {
        if (rest.length === 0) return this.delete(key2);
        const node = this.get(key2, true);
        if (node instanceof _Collection) return node.deleteIn(rest);
        else throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      getIn([key2, ...rest], keepScalar) {
        const node = this.get(key2, true);
        if (rest.length === 0) return !keepScalar && node instanceof Scalar ? node.value : node;
        else return node instanceof _Collection ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues() {
        return this.items.every((node) => {
          if (!node || node.type !== "PAIR") return false;
          const n = node.value;
          return n == null || n instanceof Scalar && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      hasIn([key2, ...rest]) {
        if (rest.length === 0) return this.has(key2);
        const node = this.get(key2, true);
        return node instanceof _Collection ? node.hasIn(rest) : false;
      }
      setIn([key2, ...rest], value2) {
        if (rest.length === 0) {
          this.set(key2, value2);
        } else {
          const node = this.get(key2, true);
          if (node instanceof _Collection) node.setIn(rest, value2);
          else if (node === void 0 && this.schema) this.set(key2, collectionFromPath(this.schema, rest, value2));
          else throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      // overridden in implementations
      /* istanbul ignore next */
      toJSON() {
        return null;
      }
      toString(ctx, {
        blockItem,
        flowChars,
        isMap,
        itemIndent
      }, onComment, onChompKeep) {
        const {
          indent,
          indentStep,
          stringify
        } = ctx;
        const inFlow = this.type === PlainValue.Type.FLOW_MAP || this.type === PlainValue.Type.FLOW_SEQ || ctx.inFlow;
        if (inFlow) itemIndent += indentStep;
        const allNullValues = isMap && this.hasAllNullValues();
        ctx = Object.assign({}, ctx, {
          allNullValues,
          indent: itemIndent,
          inFlow,
          type: null
        });
        let chompKeep = false;
        let hasItemWithNewLine = false;
        const nodes = this.items.reduce((nodes2, item, i) => {
          let comment;
          if (item) {
            if (!chompKeep && item.spaceBefore) nodes2.push({
              type: "comment",
              str: ""
            });
            if (item.commentBefore) item.commentBefore.match(/^.*$/gm).forEach((line) => {
              nodes2.push({
                type: "comment",
                str: `#${line}`
              });
            });
            if (item.comment) comment = item.comment;
            if (inFlow && (!chompKeep && item.spaceBefore || item.commentBefore || item.comment || item.key && (item.key.commentBefore || item.key.comment) || item.value && (item.value.commentBefore || item.value.comment))) hasItemWithNewLine = true;
          }
          chompKeep = false;
          let str3 = stringify(item, ctx, () => comment = null, () => chompKeep = true);
          if (inFlow && !hasItemWithNewLine && str3.includes("\n")) hasItemWithNewLine = true;
          if (inFlow && i < this.items.length - 1) str3 += ",";
          str3 = addComment(str3, itemIndent, comment);
          if (chompKeep && (comment || inFlow)) chompKeep = false;
          nodes2.push({
            type: "item",
            str: str3
          });
          return nodes2;
        }, []);
        let str2;
        if (nodes.length === 0) {
          str2 = flowChars.start + flowChars.end;
        } else if (inFlow) {
          const {
            start,
            end
          } = flowChars;
          const strings = nodes.map((n) => n.str);
          if (hasItemWithNewLine || strings.reduce((sum, str3) => sum + str3.length + 2, 2) > _Collection.maxFlowStringSingleLineLength) {
            str2 = start;
            for (const s of strings) {
              str2 += s ? `
${indentStep}${indent}${s}` : "\n";
            }
            str2 += `
${indent}${end}`;
          } else {
            str2 = `${start} ${strings.join(" ")} ${end}`;
          }
        } else {
          const strings = nodes.map(blockItem);
          str2 = strings.shift();
          for (const s of strings) str2 += s ? `
${indent}${s}` : "\n";
        }
        if (this.comment) {
          str2 += "\n" + this.comment.replace(/^/gm, `${indent}#`);
          if (onComment) onComment();
        } else if (chompKeep && onChompKeep) onChompKeep();
        return str2;
      }
    };
    PlainValue._defineProperty(Collection, "maxFlowStringSingleLineLength", 60);
    function asItemIndex(key2) {
      let idx = key2 instanceof Scalar ? key2.value : key2;
      if (idx && typeof idx === "string") idx = Number(idx);
      return Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    var YAMLSeq = class extends Collection {
      add(value2) {
        this.items.push(value2);
      }
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number") return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number") return void 0;
        const it = this.items[idx];
        return !keepScalar && it instanceof Scalar ? it.value : it;
      }
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      set(key2, value2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key2}.`);
        this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx && ctx.onCreate) ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items) seq.push(toJSON(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        return super.toString(ctx, {
          blockItem: (n) => n.type === "comment" ? n.str : `- ${n.str}`,
          flowChars: {
            start: "[",
            end: "]"
          },
          isMap: false,
          itemIndent: (ctx.indent || "") + "  "
        }, onComment, onChompKeep);
      }
    };
    var stringifyKey = (key2, jsKey, ctx) => {
      if (jsKey === null) return "";
      if (typeof jsKey !== "object") return String(jsKey);
      if (key2 instanceof Node && ctx && ctx.doc) return key2.toString({
        anchors: /* @__PURE__ */ Object.create(null),
        doc: ctx.doc,
        indent: "",
        indentStep: ctx.indentStep,
        inFlow: true,
        inStringifyKey: true,
        stringify: ctx.stringify
      });
      return JSON.stringify(jsKey);
    };
    var Pair = class _Pair extends Node {
      constructor(key2, value2 = null) {
        super();
        this.key = key2;
        this.value = value2;
        this.type = _Pair.Type.PAIR;
      }
      get commentBefore() {
        return this.key instanceof Node ? this.key.commentBefore : void 0;
      }
      set commentBefore(cb) {
        if (this.key == null) this.key = new Scalar(null);
        if (this.key instanceof Node) this.key.commentBefore = cb;
        else {
          const msg = "Pair.commentBefore is an alias for Pair.key.commentBefore. To set it, the key must be a Node.";
          throw new Error(msg);
        }
      }
      addToJSMap(ctx, map) {
        const key2 = toJSON(this.key, "", ctx);
        if (map instanceof Map) {
          const value2 = toJSON(this.value, key2, ctx);
          map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else {
          const stringKey = stringifyKey(this.key, key2, ctx);
          const value2 = toJSON(this.value, stringKey, ctx);
          if (stringKey in map) Object.defineProperty(map, stringKey, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
          else map[stringKey] = value2;
        }
        return map;
      }
      toJSON(_, ctx) {
        const pair = ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return this.addToJSMap(ctx, pair);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx || !ctx.doc) return JSON.stringify(this);
        const {
          indent: indentSize,
          indentSeq,
          simpleKeys
        } = ctx.doc.options;
        let {
          key: key2,
          value: value2
        } = this;
        let keyComment = key2 instanceof Node && key2.comment;
        if (simpleKeys) {
          if (keyComment) {
            throw new Error("With simple keys, key nodes cannot have comments");
          }
          if (key2 instanceof Collection) {
            const msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key2 || keyComment || (key2 instanceof Node ? key2 instanceof Collection || key2.type === PlainValue.Type.BLOCK_FOLDED || key2.type === PlainValue.Type.BLOCK_LITERAL : typeof key2 === "object"));
        const {
          doc,
          indent,
          indentStep,
          stringify
        } = ctx;
        ctx = Object.assign({}, ctx, {
          implicitKey: !explicitKey,
          indent: indent + indentStep
        });
        let chompKeep = false;
        let str2 = stringify(key2, ctx, () => keyComment = null, () => chompKeep = true);
        str2 = addComment(str2, ctx.indent, keyComment);
        if (!explicitKey && str2.length > 1024) {
          if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = true;
        }
        if (ctx.allNullValues && !simpleKeys) {
          if (this.comment) {
            str2 = addComment(str2, ctx.indent, this.comment);
            if (onComment) onComment();
          } else if (chompKeep && !keyComment && onChompKeep) onChompKeep();
          return ctx.inFlow && !explicitKey ? str2 : `? ${str2}`;
        }
        str2 = explicitKey ? `? ${str2}
${indent}:` : `${str2}:`;
        if (this.comment) {
          str2 = addComment(str2, ctx.indent, this.comment);
          if (onComment) onComment();
        }
        let vcb = "";
        let valueComment = null;
        if (value2 instanceof Node) {
          if (value2.spaceBefore) vcb = "\n";
          if (value2.commentBefore) {
            const cs = value2.commentBefore.replace(/^/gm, `${ctx.indent}#`);
            vcb += `
${cs}`;
          }
          valueComment = value2.comment;
        } else if (value2 && typeof value2 === "object") {
          value2 = doc.schema.createNode(value2, true);
        }
        ctx.implicitKey = false;
        if (!explicitKey && !this.comment && value2 instanceof Scalar) ctx.indentAtStart = str2.length + 1;
        chompKeep = false;
        if (!indentSeq && indentSize >= 2 && !ctx.inFlow && !explicitKey && value2 instanceof YAMLSeq && value2.type !== PlainValue.Type.FLOW_SEQ && !value2.tag && !doc.anchors.getName(value2)) {
          ctx.indent = ctx.indent.substr(2);
        }
        const valueStr = stringify(value2, ctx, () => valueComment = null, () => chompKeep = true);
        let ws = " ";
        if (vcb || this.comment) {
          ws = `${vcb}
${ctx.indent}`;
        } else if (!explicitKey && value2 instanceof Collection) {
          const flow = valueStr[0] === "[" || valueStr[0] === "{";
          if (!flow || valueStr.includes("\n")) ws = `
${ctx.indent}`;
        } else if (valueStr[0] === "\n") ws = "";
        if (chompKeep && !valueComment && onChompKeep) onChompKeep();
        return addComment(str2 + ws + valueStr, ctx.indent, valueComment);
      }
    };
    PlainValue._defineProperty(Pair, "Type", {
      PAIR: "PAIR",
      MERGE_PAIR: "MERGE_PAIR"
    });
    var getAliasCount = (node, anchors) => {
      if (node instanceof Alias) {
        const anchor = anchors.get(node.source);
        return anchor.count * anchor.aliasCount;
      } else if (node instanceof Collection) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(item, anchors);
          if (c > count) count = c;
        }
        return count;
      } else if (node instanceof Pair) {
        const kc = getAliasCount(node.key, anchors);
        const vc = getAliasCount(node.value, anchors);
        return Math.max(kc, vc);
      }
      return 1;
    };
    var Alias = class _Alias extends Node {
      static stringify({
        range,
        source
      }, {
        anchors,
        doc,
        implicitKey,
        inStringifyKey
      }) {
        let anchor = Object.keys(anchors).find((a) => anchors[a] === source);
        if (!anchor && inStringifyKey) anchor = doc.anchors.getName(source) || doc.anchors.newName();
        if (anchor) return `*${anchor}${implicitKey ? " " : ""}`;
        const msg = doc.anchors.getName(source) ? "Alias node must be after source node" : "Source node not found for alias node";
        throw new Error(`${msg} [${range}]`);
      }
      constructor(source) {
        super();
        this.source = source;
        this.type = PlainValue.Type.ALIAS;
      }
      set tag(t) {
        throw new Error("Alias nodes cannot have tags");
      }
      toJSON(arg, ctx) {
        if (!ctx) return toJSON(this.source, arg, ctx);
        const {
          anchors,
          maxAliasCount
        } = ctx;
        const anchor = anchors.get(this.source);
        if (!anchor || anchor.res === void 0) {
          const msg = "This should not happen: Alias anchor was not resolved?";
          if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
          else throw new ReferenceError(msg);
        }
        if (maxAliasCount >= 0) {
          anchor.count += 1;
          if (anchor.aliasCount === 0) anchor.aliasCount = getAliasCount(this.source, anchors);
          if (anchor.count * anchor.aliasCount > maxAliasCount) {
            const msg = "Excessive alias count indicates a resource exhaustion attack";
            if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
            else throw new ReferenceError(msg);
          }
        }
        return anchor.res;
      }
      // Only called when stringifying an alias mapping key while constructing
      // Object output.
      toString(ctx) {
        return _Alias.stringify(this, ctx);
      }
    };
    PlainValue._defineProperty(Alias, "default", true);
    function findPair(items, key2) {
      const k = key2 instanceof Scalar ? key2.value : key2;
      for (const it of items) {
        if (it instanceof Pair) {
          if (it.key === key2 || it.key === k) return it;
          if (it.key && it.key.value === k) return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection {
      add(pair, overwrite) {
        if (!pair) pair = new Pair(pair);
        else if (!(pair instanceof Pair)) pair = new Pair(pair.key || pair, pair.value);
        const prev = findPair(this.items, pair.key);
        const sortEntries = this.schema && this.schema.sortMapEntries;
        if (prev) {
          if (overwrite) prev.value = pair.value;
          else throw new Error(`Key ${pair.key} already set`);
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(pair, item) < 0);
          if (i === -1) this.items.push(pair);
          else this.items.splice(i, 0, pair);
        } else {
          this.items.push(pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it) return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it && it.value;
        return !keepScalar && node instanceof Scalar ? node.value : node;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value2) {
        this.add(new Pair(key2, value2), true);
      }
      /**
       * @param {*} arg ignored
       * @param {*} ctx Conversion context, originally set in Document#toJSON()
       * @param {Class} Type If set, forces the returned collection type
       * @returns {*} Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const item of this.items) item.addToJSMap(ctx, map);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        for (const item of this.items) {
          if (!(item instanceof Pair)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        return super.toString(ctx, {
          blockItem: (n) => n.str,
          flowChars: {
            start: "{",
            end: "}"
          },
          isMap: true,
          itemIndent: ctx.indent || ""
        }, onComment, onChompKeep);
      }
    };
    var MERGE_KEY = "<<";
    var Merge = class extends Pair {
      constructor(pair) {
        if (pair instanceof Pair) {
          let seq = pair.value;
          if (!(seq instanceof YAMLSeq)) {
            seq = new YAMLSeq();
            seq.items.push(pair.value);
            seq.range = pair.value.range;
          }
          super(pair.key, seq);
          this.range = pair.range;
        } else {
          super(new Scalar(MERGE_KEY), new YAMLSeq());
        }
        this.type = Pair.Type.MERGE_PAIR;
      }
      // If the value associated with a merge key is a single mapping node, each of
      // its key/value pairs is inserted into the current mapping, unless the key
      // already exists in it. If the value associated with the merge key is a
      // sequence, then this sequence is expected to contain mapping nodes and each
      // of these nodes is merged in turn according to its order in the sequence.
      // Keys in mapping nodes earlier in the sequence override keys specified in
      // later mapping nodes. -- http://yaml.org/type/merge.html
      addToJSMap(ctx, map) {
        for (const {
          source
        } of this.value.items) {
          if (!(source instanceof YAMLMap)) throw new Error("Merge sources must be maps");
          const srcMap = source.toJSON(null, ctx, Map);
          for (const [key2, value2] of srcMap) {
            if (map instanceof Map) {
              if (!map.has(key2)) map.set(key2, value2);
            } else if (map instanceof Set) {
              map.add(key2);
            } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
              Object.defineProperty(map, key2, {
                value: value2,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        }
        return map;
      }
      toString(ctx, onComment) {
        const seq = this.value;
        if (seq.items.length > 1) return super.toString(ctx, onComment);
        this.value = seq.items[0];
        const str2 = super.toString(ctx, onComment);
        this.value = seq;
        return str2;
      }
    };
    var binaryOptions = {
      defaultType: PlainValue.Type.BLOCK_LITERAL,
      lineWidth: 76
    };
    var boolOptions = {
      trueStr: "true",
      falseStr: "false"
    };
    var intOptions = {
      asBigInt: false
    };
    var nullOptions = {
      nullStr: "null"
    };
    var strOptions = {
      defaultType: PlainValue.Type.PLAIN,
      doubleQuoted: {
        jsonEncoding: false,
        minMultiLineLength: 40
      },
      fold: {
        lineWidth: 80,
        minContentWidth: 20
      }
    };
    function resolveScalar(str2, tags, scalarFallback) {
      for (const {
        format: format2,
        test,
        resolve: resolve2
      } of tags) {
        if (test) {
          const match = str2.match(test);
          if (match) {
            let res = resolve2.apply(null, match);
            if (!(res instanceof Scalar)) res = new Scalar(res);
            if (format2) res.format = format2;
            return res;
          }
        }
      }
      if (scalarFallback) str2 = scalarFallback(str2);
      return new Scalar(str2);
    }
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    var consumeMoreIndentedLines = (text2, i) => {
      let ch = text2[i + 1];
      while (ch === " " || ch === "	") {
        do {
          ch = text2[i += 1];
        } while (ch && ch !== "\n");
        ch = text2[i + 1];
      }
      return i;
    };
    function foldFlowLines(text2, indent, mode, {
      indentAtStart,
      lineWidth = 80,
      minContentWidth = 20,
      onFold,
      onOverflow
    }) {
      if (!lineWidth || lineWidth < 0) return text2;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep) return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
        else end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i);
        if (i !== -1) end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text2, i);
          end = i + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	") split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j]) return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow) onOverflow();
      if (folds.length === 0) return text2;
      if (onFold) onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0) res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    var getFoldOptions = ({
      indentAtStart
    }) => indentAtStart ? Object.assign({
      indentAtStart
    }, strOptions.fold) : strOptions.fold;
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0) return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit) return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit) return true;
          start = i + 1;
          if (strLen - start <= limit) return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const {
        implicitKey
      } = ctx;
      const {
        jsonEncoding,
        minMultiLineLength
      } = strOptions.doubleQuoted;
      const json = JSON.stringify(value2);
      if (jsonEncoding) return json;
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\") switch (json[i + 1]) {
          case "u":
            {
              str2 += json.slice(start, i);
              const code = json.substr(i + 2, 4);
              switch (code) {
                case "0000":
                  str2 += "\\0";
                  break;
                case "0007":
                  str2 += "\\a";
                  break;
                case "000b":
                  str2 += "\\v";
                  break;
                case "001b":
                  str2 += "\\e";
                  break;
                case "0085":
                  str2 += "\\N";
                  break;
                case "00a0":
                  str2 += "\\_";
                  break;
                case "2028":
                  str2 += "\\L";
                  break;
                case "2029":
                  str2 += "\\P";
                  break;
                default:
                  if (code.substr(0, 2) === "00") str2 += "\\x" + code.substr(2);
                  else str2 += json.substr(i, 6);
              }
              i += 5;
              start = i + 1;
            }
            break;
          case "n":
            if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
              i += 1;
            } else {
              str2 += json.slice(start, i) + "\n\n";
              while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                str2 += "\n";
                i += 2;
              }
              str2 += indent;
              if (json[i + 2] === " ") str2 += "\\";
              i += 1;
              start = i + 1;
            }
            break;
          default:
            i += 1;
        }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.implicitKey) {
        if (/\n/.test(value2)) return doubleQuotedString(value2, ctx);
      } else {
        if (/[ \t]\n|\n[ \t]/.test(value2)) return doubleQuotedString(value2, ctx);
      }
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx));
    }
    function blockString({
      comment,
      type,
      value: value2
    }, ctx, onComment, onChompKeep) {
      if (/\n[\t ]+$/.test(value2) || /^\s*$/.test(value2)) {
        return doubleQuotedString(value2, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const indentSize = indent ? "2" : "1";
      const literal = type === PlainValue.Type.BLOCK_FOLDED ? false : type === PlainValue.Type.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, strOptions.fold.lineWidth, indent.length);
      let header = literal ? "|" : ">";
      if (!value2) return header + "\n";
      let wsStart = "";
      let wsEnd = "";
      value2 = value2.replace(/[\n\t ]*$/, (ws) => {
        const n = ws.indexOf("\n");
        if (n === -1) {
          header += "-";
        } else if (value2 === ws || n !== ws.length - 1) {
          header += "+";
          if (onChompKeep) onChompKeep();
        }
        wsEnd = ws.replace(/\n$/, "");
        return "";
      }).replace(/^[\n ]*/, (ws) => {
        if (ws.indexOf(" ") !== -1) header += indentSize;
        const m = ws.match(/ +$/);
        if (m) {
          wsStart = ws.slice(0, -m[0].length);
          return m[0];
        } else {
          wsStart = ws;
          return "";
        }
      });
      if (wsEnd) wsEnd = wsEnd.replace(/\n+(?!\n|$)/g, `$&${indent}`);
      if (wsStart) wsStart = wsStart.replace(/\n+/g, `$&${indent}`);
      if (comment) {
        header += " #" + comment.replace(/ ?[\r\n]+/g, " ");
        if (onComment) onComment();
      }
      if (!value2) return `${header}${indentSize}
${indent}${wsEnd}`;
      if (literal) {
        value2 = value2.replace(/\n+/g, `$&${indent}`);
        return `${header}
${indent}${wsStart}${value2}${wsEnd}`;
      }
      value2 = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
      const body = foldFlowLines(`${wsStart}${value2}${wsEnd}`, indent, FOLD_BLOCK, strOptions.fold);
      return `${header}
${indent}${body}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const {
        comment,
        type,
        value: value2
      } = item;
      const {
        actualString,
        implicitKey,
        indent,
        inFlow
      } = ctx;
      if (implicitKey && /[\n[\]{},]/.test(value2) || inFlow && /[[\]{},]/.test(value2)) {
        return doubleQuotedString(value2, ctx);
      }
      if (!value2 || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || value2.indexOf("\n") === -1 ? value2.indexOf('"') !== -1 && value2.indexOf("'") === -1 ? singleQuotedString(value2, ctx) : doubleQuotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== PlainValue.Type.PLAIN && value2.indexOf("\n") !== -1) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (indent === "" && containsDocumentMarker(value2)) {
        ctx.forceBlockIndent = true;
        return blockString(item, ctx, onComment, onChompKeep);
      }
      const str2 = value2.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const {
          tags
        } = ctx.doc.schema;
        const resolved = resolveScalar(str2, tags, tags.scalarFallback).value;
        if (typeof resolved !== "string") return doubleQuotedString(value2, ctx);
      }
      const body = implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx));
      if (comment && !inFlow && (body.indexOf("\n") !== -1 || comment.indexOf("\n") !== -1)) {
        if (onComment) onComment();
        return addCommentBefore(body, indent, comment);
      }
      return body;
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const {
        defaultType
      } = strOptions;
      const {
        implicitKey,
        inFlow
      } = ctx;
      let {
        type,
        value: value2
      } = item;
      if (typeof value2 !== "string") {
        value2 = String(value2);
        item = Object.assign({}, item, {
          value: value2
        });
      }
      const _stringify = (_type) => {
        switch (_type) {
          case PlainValue.Type.BLOCK_FOLDED:
          case PlainValue.Type.BLOCK_LITERAL:
            return blockString(item, ctx, onComment, onChompKeep);
          case PlainValue.Type.QUOTE_DOUBLE:
            return doubleQuotedString(value2, ctx);
          case PlainValue.Type.QUOTE_SINGLE:
            return singleQuotedString(value2, ctx);
          case PlainValue.Type.PLAIN:
            return plainString(item, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      if (type !== PlainValue.Type.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(value2)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      } else if ((implicitKey || inFlow) && (type === PlainValue.Type.BLOCK_FOLDED || type === PlainValue.Type.BLOCK_LITERAL)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      }
      let res = _stringify(type);
      if (res === null) {
        res = _stringify(defaultType);
        if (res === null) throw new Error(`Unsupported default string type ${defaultType}`);
      }
      return res;
    }
    function stringifyNumber({
      format: format2,
      minFractionDigits,
      tag,
      value: value2
    }) {
      if (typeof value2 === "bigint") return String(value2);
      if (!isFinite(value2)) return isNaN(value2) ? ".nan" : value2 < 0 ? "-.inf" : ".inf";
      let n = JSON.stringify(value2);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^\d/.test(n)) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0) n += "0";
      }
      return n;
    }
    function checkFlowCollectionEnd(errors, cst) {
      let char, name;
      switch (cst.type) {
        case PlainValue.Type.FLOW_MAP:
          char = "}";
          name = "flow map";
          break;
        case PlainValue.Type.FLOW_SEQ:
          char = "]";
          name = "flow sequence";
          break;
        default:
          errors.push(new PlainValue.YAMLSemanticError(cst, "Not a flow collection!?"));
          return;
      }
      let lastItem;
      for (let i = cst.items.length - 1; i >= 0; --i) {
        const item = cst.items[i];
        if (!item || item.type !== PlainValue.Type.COMMENT) {
          lastItem = item;
          break;
        }
      }
      if (lastItem && lastItem.char !== char) {
        const msg = `Expected ${name} to end with ${char}`;
        let err;
        if (typeof lastItem.offset === "number") {
          err = new PlainValue.YAMLSemanticError(cst, msg);
          err.offset = lastItem.offset + 1;
        } else {
          err = new PlainValue.YAMLSemanticError(lastItem, msg);
          if (lastItem.range && lastItem.range.end) err.offset = lastItem.range.end - lastItem.range.start;
        }
        errors.push(err);
      }
    }
    function checkFlowCommentSpace(errors, comment) {
      const prev = comment.context.src[comment.range.start - 1];
      if (prev !== "\n" && prev !== "	" && prev !== " ") {
        const msg = "Comments must be separated from other tokens by white space characters";
        errors.push(new PlainValue.YAMLSemanticError(comment, msg));
      }
    }
    function getLongKeyError(source, key2) {
      const sk = String(key2);
      const k = sk.substr(0, 8) + "..." + sk.substr(-8);
      return new PlainValue.YAMLSemanticError(source, `The "${k}" key is too long`);
    }
    function resolveComments(collection, comments) {
      for (const {
        afterKey,
        before,
        comment
      } of comments) {
        let item = collection.items[before];
        if (!item) {
          if (comment !== void 0) {
            if (collection.comment) collection.comment += "\n" + comment;
            else collection.comment = comment;
          }
        } else {
          if (afterKey && item.value) item = item.value;
          if (comment === void 0) {
            if (afterKey || !item.commentBefore) item.spaceBefore = true;
          } else {
            if (item.commentBefore) item.commentBefore += "\n" + comment;
            else item.commentBefore = comment;
          }
        }
      }
    }
    function resolveString(doc, node) {
      const res = node.strValue;
      if (!res) return "";
      if (typeof res === "string") return res;
      res.errors.forEach((error) => {
        if (!error.source) error.source = node;
        doc.errors.push(error);
      });
      return res.str;
    }
    function resolveTagHandle(doc, node) {
      const {
        handle,
        suffix
      } = node.tag;
      let prefix = doc.tagPrefixes.find((p) => p.handle === handle);
      if (!prefix) {
        const dtp = doc.getDefaults().tagPrefixes;
        if (dtp) prefix = dtp.find((p) => p.handle === handle);
        if (!prefix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag handle is non-default and was not declared.`);
      }
      if (!suffix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag has no suffix.`);
      if (handle === "!" && (doc.version || doc.options.version) === "1.0") {
        if (suffix[0] === "^") {
          doc.warnings.push(new PlainValue.YAMLWarning(node, "YAML 1.0 ^ tag expansion is not supported"));
          return suffix;
        }
        if (/[:/]/.test(suffix)) {
          const vocab = suffix.match(/^([a-z0-9-]+)\/(.*)/i);
          return vocab ? `tag:${vocab[1]}.yaml.org,2002:${vocab[2]}` : `tag:${suffix}`;
        }
      }
      return prefix.prefix + decodeURIComponent(suffix);
    }
    function resolveTagName(doc, node) {
      const {
        tag,
        type
      } = node;
      let nonSpecific = false;
      if (tag) {
        const {
          handle,
          suffix,
          verbatim
        } = tag;
        if (verbatim) {
          if (verbatim !== "!" && verbatim !== "!!") return verbatim;
          const msg = `Verbatim tags aren't resolved, so ${verbatim} is invalid.`;
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        } else if (handle === "!" && !suffix) {
          nonSpecific = true;
        } else {
          try {
            return resolveTagHandle(doc, node);
          } catch (error) {
            doc.errors.push(error);
          }
        }
      }
      switch (type) {
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
        case PlainValue.Type.QUOTE_DOUBLE:
        case PlainValue.Type.QUOTE_SINGLE:
          return PlainValue.defaultTags.STR;
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        case PlainValue.Type.PLAIN:
          return nonSpecific ? PlainValue.defaultTags.STR : null;
        default:
          return null;
      }
    }
    function resolveByTagName(doc, node, tagName) {
      const {
        tags
      } = doc.schema;
      const matchWithTest = [];
      for (const tag of tags) {
        if (tag.tag === tagName) {
          if (tag.test) matchWithTest.push(tag);
          else {
            const res = tag.resolve(doc, node);
            return res instanceof Collection ? res : new Scalar(res);
          }
        }
      }
      const str2 = resolveString(doc, node);
      if (typeof str2 === "string" && matchWithTest.length > 0) return resolveScalar(str2, matchWithTest, tags.scalarFallback);
      return null;
    }
    function getFallbackTagName({
      type
    }) {
      switch (type) {
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        default:
          return PlainValue.defaultTags.STR;
      }
    }
    function resolveTag(doc, node, tagName) {
      try {
        const res = resolveByTagName(doc, node, tagName);
        if (res) {
          if (tagName && node.tag) res.tag = tagName;
          return res;
        }
      } catch (error) {
        if (error instanceof PlainValue.YAMLError) {
          if (!error.source) error.source = node;
          doc.errors.push(error);
        } else {
          const msg = error instanceof Error ? error.message : String(error);
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        }
        return null;
      }
      try {
        const fallback = getFallbackTagName(node);
        if (!fallback) throw new Error(`The tag ${tagName} is unavailable`);
        const msg = `The tag ${tagName} is unavailable, falling back to ${fallback}`;
        doc.warnings.push(new PlainValue.YAMLWarning(node, msg));
        const res = resolveByTagName(doc, node, fallback);
        res.tag = tagName;
        return res;
      } catch (error) {
        const refError = new PlainValue.YAMLReferenceError(node, error.message);
        refError.stack = error.stack;
        doc.errors.push(refError);
        return null;
      }
    }
    var isCollectionItem = (node) => {
      if (!node) return false;
      const {
        type
      } = node;
      return type === PlainValue.Type.MAP_KEY || type === PlainValue.Type.MAP_VALUE || type === PlainValue.Type.SEQ_ITEM;
    };
    function resolveNodeProps(errors, node) {
      const comments = {
        before: [],
        after: []
      };
      let hasAnchor = false;
      let hasTag = false;
      const props = isCollectionItem(node.context.parent) ? node.context.parent.props.concat(node.props) : node.props;
      for (const {
        start,
        end
      } of props) {
        switch (node.context.src[start]) {
          case PlainValue.Char.COMMENT: {
            if (!node.commentHasRequiredWhitespace(start)) {
              const msg = "Comments must be separated from other tokens by white space characters";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            const {
              header,
              valueRange
            } = node;
            const cc = valueRange && (start > valueRange.start || header && start > header.start) ? comments.after : comments.before;
            cc.push(node.context.src.slice(start + 1, end));
            break;
          }
          // Actual anchor & tag resolution is handled by schema, here we just complain
          case PlainValue.Char.ANCHOR:
            if (hasAnchor) {
              const msg = "A node can have at most one anchor";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasAnchor = true;
            break;
          case PlainValue.Char.TAG:
            if (hasTag) {
              const msg = "A node can have at most one tag";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasTag = true;
            break;
        }
      }
      return {
        comments,
        hasAnchor,
        hasTag
      };
    }
    function resolveNodeValue(doc, node) {
      const {
        anchors,
        errors,
        schema
      } = doc;
      if (node.type === PlainValue.Type.ALIAS) {
        const name = node.rawValue;
        const src = anchors.getNode(name);
        if (!src) {
          const msg = `Aliased anchor not found: ${name}`;
          errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
        const res = new Alias(src);
        anchors._cstAliases.push(res);
        return res;
      }
      const tagName = resolveTagName(doc, node);
      if (tagName) return resolveTag(doc, node, tagName);
      if (node.type !== PlainValue.Type.PLAIN) {
        const msg = `Failed to resolve ${node.type} node here`;
        errors.push(new PlainValue.YAMLSyntaxError(node, msg));
        return null;
      }
      try {
        const str2 = resolveString(doc, node);
        return resolveScalar(str2, schema.tags, schema.tags.scalarFallback);
      } catch (error) {
        if (!error.source) error.source = node;
        errors.push(error);
        return null;
      }
    }
    function resolveNode(doc, node) {
      if (!node) return null;
      if (node.error) doc.errors.push(node.error);
      const {
        comments,
        hasAnchor,
        hasTag
      } = resolveNodeProps(doc.errors, node);
      if (hasAnchor) {
        const {
          anchors
        } = doc;
        const name = node.anchor;
        const prev = anchors.getNode(name);
        if (prev) anchors.map[anchors.newName(name)] = prev;
        anchors.map[name] = node;
      }
      if (node.type === PlainValue.Type.ALIAS && (hasAnchor || hasTag)) {
        const msg = "An alias node must not specify any properties";
        doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
      }
      const res = resolveNodeValue(doc, node);
      if (res) {
        res.range = [node.range.start, node.range.end];
        if (doc.options.keepCstNodes) res.cstNode = node;
        if (doc.options.keepNodeTypes) res.type = node.type;
        const cb = comments.before.join("\n");
        if (cb) {
          res.commentBefore = res.commentBefore ? `${res.commentBefore}
${cb}` : cb;
        }
        const ca = comments.after.join("\n");
        if (ca) res.comment = res.comment ? `${res.comment}
${ca}` : ca;
      }
      return node.resolved = res;
    }
    function resolveMap(doc, cst) {
      if (cst.type !== PlainValue.Type.MAP && cst.type !== PlainValue.Type.FLOW_MAP) {
        const msg = `A ${cst.type} node cannot be resolved as a mapping`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_MAP ? resolveFlowMapItems(doc, cst) : resolveBlockMapItems(doc, cst);
      const map = new YAMLMap();
      map.items = items;
      resolveComments(map, comments);
      let hasCollectionKey = false;
      for (let i = 0; i < items.length; ++i) {
        const {
          key: iKey
        } = items[i];
        if (iKey instanceof Collection) hasCollectionKey = true;
        if (doc.schema.merge && iKey && iKey.value === MERGE_KEY) {
          items[i] = new Merge(items[i]);
          const sources = items[i].value.items;
          let error = null;
          sources.some((node) => {
            if (node instanceof Alias) {
              const {
                type
              } = node.source;
              if (type === PlainValue.Type.MAP || type === PlainValue.Type.FLOW_MAP) return false;
              return error = "Merge nodes aliases can only point to maps";
            }
            return error = "Merge nodes can only have Alias nodes as values";
          });
          if (error) doc.errors.push(new PlainValue.YAMLSemanticError(cst, error));
        } else {
          for (let j = i + 1; j < items.length; ++j) {
            const {
              key: jKey
            } = items[j];
            if (iKey === jKey || iKey && jKey && Object.prototype.hasOwnProperty.call(iKey, "value") && iKey.value === jKey.value) {
              const msg = `Map keys must be unique; "${iKey}" is repeated`;
              doc.errors.push(new PlainValue.YAMLSemanticError(cst, msg));
              break;
            }
          }
        }
      }
      if (hasCollectionKey && !doc.options.mapAsMap) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = map;
      return map;
    }
    var valueHasPairComment = ({
      context: {
        lineStart,
        node,
        src
      },
      props
    }) => {
      if (props.length === 0) return false;
      const {
        start
      } = props[0];
      if (node && start > node.valueRange.start) return false;
      if (src[start] !== PlainValue.Char.COMMENT) return false;
      for (let i = lineStart; i < start; ++i) if (src[i] === "\n") return false;
      return true;
    };
    function resolvePairComment(item, pair) {
      if (!valueHasPairComment(item)) return;
      const comment = item.getPropValue(0, PlainValue.Char.COMMENT, true);
      let found = false;
      const cb = pair.value.commentBefore;
      if (cb && cb.startsWith(comment)) {
        pair.value.commentBefore = cb.substr(comment.length + 1);
        found = true;
      } else {
        const cc = pair.value.comment;
        if (!item.node && cc && cc.startsWith(comment)) {
          pair.value.comment = cc.substr(comment.length + 1);
          found = true;
        }
      }
      if (found) pair.comment = comment;
    }
    function resolveBlockMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key2 = void 0;
      let keyStart = null;
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              afterKey: !!key2,
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              afterKey: !!key2,
              before: items.length,
              comment: item.comment
            });
            break;
          case PlainValue.Type.MAP_KEY:
            if (key2 !== void 0) items.push(new Pair(key2));
            if (item.error) doc.errors.push(item.error);
            key2 = resolveNode(doc, item.node);
            keyStart = null;
            break;
          case PlainValue.Type.MAP_VALUE:
            {
              if (key2 === void 0) key2 = null;
              if (item.error) doc.errors.push(item.error);
              if (!item.context.atLineStart && item.node && item.node.type === PlainValue.Type.MAP && !item.node.context.atLineStart) {
                const msg = "Nested mappings are not allowed in compact mappings";
                doc.errors.push(new PlainValue.YAMLSemanticError(item.node, msg));
              }
              let valueNode = item.node;
              if (!valueNode && item.props.length > 0) {
                valueNode = new PlainValue.PlainValue(PlainValue.Type.PLAIN, []);
                valueNode.context = {
                  parent: item,
                  src: item.context.src
                };
                const pos = item.range.start + 1;
                valueNode.range = {
                  start: pos,
                  end: pos
                };
                valueNode.valueRange = {
                  start: pos,
                  end: pos
                };
                if (typeof item.range.origStart === "number") {
                  const origPos = item.range.origStart + 1;
                  valueNode.range.origStart = valueNode.range.origEnd = origPos;
                  valueNode.valueRange.origStart = valueNode.valueRange.origEnd = origPos;
                }
              }
              const pair = new Pair(key2, resolveNode(doc, valueNode));
              resolvePairComment(item, pair);
              items.push(pair);
              if (key2 && typeof keyStart === "number") {
                if (item.range.start > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key2));
              }
              key2 = void 0;
              keyStart = null;
            }
            break;
          default:
            if (key2 !== void 0) items.push(new Pair(key2));
            key2 = resolveNode(doc, item);
            keyStart = item.range.start;
            if (item.error) doc.errors.push(item.error);
            next: for (let j = i + 1; ; ++j) {
              const nextItem = cst.items[j];
              switch (nextItem && nextItem.type) {
                case PlainValue.Type.BLANK_LINE:
                case PlainValue.Type.COMMENT:
                  continue next;
                case PlainValue.Type.MAP_VALUE:
                  break next;
                default: {
                  const msg = "Implicit map keys need to be followed by map values";
                  doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
                  break next;
                }
              }
            }
            if (item.valueRangeContainsNewline) {
              const msg = "Implicit map keys need to be on a single line";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
        }
      }
      if (key2 !== void 0) items.push(new Pair(key2));
      return {
        comments,
        items
      };
    }
    function resolveFlowMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key2 = void 0;
      let explicitKey = false;
      let next = "{";
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char === "?" && key2 === void 0 && !explicitKey) {
            explicitKey = true;
            next = ":";
            continue;
          }
          if (char === ":") {
            if (key2 === void 0) key2 = null;
            if (next === ":") {
              next = ",";
              continue;
            }
          } else {
            if (explicitKey) {
              if (key2 === void 0 && char !== ",") key2 = null;
              explicitKey = false;
            }
            if (key2 !== void 0) {
              items.push(new Pair(key2));
              key2 = void 0;
              if (char === ",") {
                next = ":";
                continue;
              }
            }
          }
          if (char === "}") {
            if (i === cst.items.length - 1) continue;
          } else if (char === next) {
            next = ":";
            continue;
          }
          const msg = `Flow map contains an unexpected ${char}`;
          const err = new PlainValue.YAMLSyntaxError(cst, msg);
          err.offset = offset;
          doc.errors.push(err);
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            afterKey: !!key2,
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            afterKey: !!key2,
            before: items.length,
            comment: item.comment
          });
        } else if (key2 === void 0) {
          if (next === ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Separator , missing in flow map"));
          key2 = resolveNode(doc, item);
        } else {
          if (next !== ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Indicator : missing in flow map entry"));
          items.push(new Pair(key2, resolveNode(doc, item)));
          key2 = void 0;
          explicitKey = false;
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key2 !== void 0) items.push(new Pair(key2));
      return {
        comments,
        items
      };
    }
    function resolveSeq(doc, cst) {
      if (cst.type !== PlainValue.Type.SEQ && cst.type !== PlainValue.Type.FLOW_SEQ) {
        const msg = `A ${cst.type} node cannot be resolved as a sequence`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_SEQ ? resolveFlowSeqItems(doc, cst) : resolveBlockSeqItems(doc, cst);
      const seq = new YAMLSeq();
      seq.items = items;
      resolveComments(seq, comments);
      if (!doc.options.mapAsMap && items.some((it) => it instanceof Pair && it.key instanceof Collection)) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = seq;
      return seq;
    }
    function resolveBlockSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              comment: item.comment,
              before: items.length
            });
            break;
          case PlainValue.Type.SEQ_ITEM:
            if (item.error) doc.errors.push(item.error);
            items.push(resolveNode(doc, item.node));
            if (item.hasProps) {
              const msg = "Sequence items cannot have tags or anchors before the - indicator";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
            break;
          default:
            if (item.error) doc.errors.push(item.error);
            doc.errors.push(new PlainValue.YAMLSyntaxError(item, `Unexpected ${item.type} node in sequence`));
        }
      }
      return {
        comments,
        items
      };
    }
    function resolveFlowSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      let explicitKey = false;
      let key2 = void 0;
      let keyStart = null;
      let next = "[";
      let prevItem = null;
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char !== ":" && (explicitKey || key2 !== void 0)) {
            if (explicitKey && key2 === void 0) key2 = next ? items.pop() : null;
            items.push(new Pair(key2));
            explicitKey = false;
            key2 = void 0;
            keyStart = null;
          }
          if (char === next) {
            next = null;
          } else if (!next && char === "?") {
            explicitKey = true;
          } else if (next !== "[" && char === ":" && key2 === void 0) {
            if (next === ",") {
              key2 = items.pop();
              if (key2 instanceof Pair) {
                const msg = "Chaining flow sequence pairs is invalid";
                const err = new PlainValue.YAMLSemanticError(cst, msg);
                err.offset = offset;
                doc.errors.push(err);
              }
              if (!explicitKey && typeof keyStart === "number") {
                const keyEnd = item.range ? item.range.start : item.offset;
                if (keyEnd > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key2));
                const {
                  src
                } = prevItem.context;
                for (let i2 = keyStart; i2 < keyEnd; ++i2) if (src[i2] === "\n") {
                  const msg = "Implicit keys of flow sequence pairs need to be on a single line";
                  doc.errors.push(new PlainValue.YAMLSemanticError(prevItem, msg));
                  break;
                }
              }
            } else {
              key2 = null;
            }
            keyStart = null;
            explicitKey = false;
            next = null;
          } else if (next === "[" || char !== "]" || i < cst.items.length - 1) {
            const msg = `Flow sequence contains an unexpected ${char}`;
            const err = new PlainValue.YAMLSyntaxError(cst, msg);
            err.offset = offset;
            doc.errors.push(err);
          }
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            comment: item.comment,
            before: items.length
          });
        } else {
          if (next) {
            const msg = `Expected a ${next} in flow sequence`;
            doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
          }
          const value2 = resolveNode(doc, item);
          if (key2 === void 0) {
            items.push(value2);
            prevItem = item;
          } else {
            items.push(new Pair(key2, value2));
            key2 = void 0;
          }
          keyStart = item.range.start;
          next = ",";
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key2 !== void 0) items.push(new Pair(key2));
      return {
        comments,
        items
      };
    }
    exports.Alias = Alias;
    exports.Collection = Collection;
    exports.Merge = Merge;
    exports.Node = Node;
    exports.Pair = Pair;
    exports.Scalar = Scalar;
    exports.YAMLMap = YAMLMap;
    exports.YAMLSeq = YAMLSeq;
    exports.addComment = addComment;
    exports.binaryOptions = binaryOptions;
    exports.boolOptions = boolOptions;
    exports.findPair = findPair;
    exports.intOptions = intOptions;
    exports.isEmptyPath = isEmptyPath;
    exports.nullOptions = nullOptions;
    exports.resolveMap = resolveMap;
    exports.resolveNode = resolveNode;
    exports.resolveSeq = resolveSeq;
    exports.resolveString = resolveString;
    exports.strOptions = strOptions;
    exports.stringifyNumber = stringifyNumber;
    exports.stringifyString = stringifyString;
    exports.toJSON = toJSON;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js
var require_warnings_793925ce = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve: (doc, node) => {
        const src = resolveSeq.resolveString(doc, node);
        if (typeof Buffer === "function") {
          return Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i) buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          const msg = "This environment does not support reading binary tags; either Buffer or atob is required";
          doc.errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
      },
      options: resolveSeq.binaryOptions,
      stringify: ({
        comment,
        type,
        value: value2
      }, ctx, onComment, onChompKeep) => {
        let src;
        if (typeof Buffer === "function") {
          src = value2 instanceof Buffer ? value2.toString("base64") : Buffer.from(value2.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < value2.length; ++i) s += String.fromCharCode(value2[i]);
          src = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        if (!type) type = resolveSeq.binaryOptions.defaultType;
        if (type === PlainValue.Type.QUOTE_DOUBLE) {
          value2 = src;
        } else {
          const {
            lineWidth
          } = resolveSeq.binaryOptions;
          const n = Math.ceil(src.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = src.substr(o, lineWidth);
          }
          value2 = lines.join(type === PlainValue.Type.BLOCK_LITERAL ? "\n" : " ");
        }
        return resolveSeq.stringifyString({
          comment,
          type,
          value: value2
        }, ctx, onComment, onChompKeep);
      }
    };
    function parsePairs(doc, cst) {
      const seq = resolveSeq.resolveSeq(doc, cst);
      for (let i = 0; i < seq.items.length; ++i) {
        let item = seq.items[i];
        if (item instanceof resolveSeq.Pair) continue;
        else if (item instanceof resolveSeq.YAMLMap) {
          if (item.items.length > 1) {
            const msg = "Each pair must have its own sequence indicator";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          }
          const pair = item.items[0] || new resolveSeq.Pair();
          if (item.commentBefore) pair.commentBefore = pair.commentBefore ? `${item.commentBefore}
${pair.commentBefore}` : item.commentBefore;
          if (item.comment) pair.comment = pair.comment ? `${item.comment}
${pair.comment}` : item.comment;
          item = pair;
        }
        seq.items[i] = item instanceof resolveSeq.Pair ? item : new resolveSeq.Pair(item);
      }
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const pairs2 = new resolveSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      for (const it of iterable) {
        let key2, value2;
        if (Array.isArray(it)) {
          if (it.length === 2) {
            key2 = it[0];
            value2 = it[1];
          } else throw new TypeError(`Expected [key, value] tuple: ${it}`);
        } else if (it && it instanceof Object) {
          const keys = Object.keys(it);
          if (keys.length === 1) {
            key2 = keys[0];
            value2 = it[key2];
          } else throw new TypeError(`Expected { key: value } tuple: ${it}`);
        } else {
          key2 = it;
        }
        const pair = schema.createPair(key2, value2, ctx);
        pairs2.items.push(pair);
      }
      return pairs2;
    }
    var pairs = {
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: parsePairs,
      createNode: createPairs
    };
    var YAMLOMap = class _YAMLOMap extends resolveSeq.YAMLSeq {
      constructor() {
        super();
        PlainValue._defineProperty(this, "add", resolveSeq.YAMLMap.prototype.add.bind(this));
        PlainValue._defineProperty(this, "delete", resolveSeq.YAMLMap.prototype.delete.bind(this));
        PlainValue._defineProperty(this, "get", resolveSeq.YAMLMap.prototype.get.bind(this));
        PlainValue._defineProperty(this, "has", resolveSeq.YAMLMap.prototype.has.bind(this));
        PlainValue._defineProperty(this, "set", resolveSeq.YAMLMap.prototype.set.bind(this));
        this.tag = _YAMLOMap.tag;
      }
      toJSON(_, ctx) {
        const map = /* @__PURE__ */ new Map();
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value2;
          if (pair instanceof resolveSeq.Pair) {
            key2 = resolveSeq.toJSON(pair.key, "", ctx);
            value2 = resolveSeq.toJSON(pair.value, key2, ctx);
          } else {
            key2 = resolveSeq.toJSON(pair, "", ctx);
          }
          if (map.has(key2)) throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value2);
        }
        return map;
      }
    };
    PlainValue._defineProperty(YAMLOMap, "tag", "tag:yaml.org,2002:omap");
    function parseOMap(doc, cst) {
      const pairs2 = parsePairs(doc, cst);
      const seenKeys = [];
      for (const {
        key: key2
      } of pairs2.items) {
        if (key2 instanceof resolveSeq.Scalar) {
          if (seenKeys.includes(key2.value)) {
            const msg = "Ordered maps must not include duplicate keys";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          } else {
            seenKeys.push(key2.value);
          }
        }
      }
      return Object.assign(new YAMLOMap(), pairs2);
    }
    function createOMap(schema, iterable, ctx) {
      const pairs2 = createPairs(schema, iterable, ctx);
      const omap2 = new YAMLOMap();
      omap2.items = pairs2.items;
      return omap2;
    }
    var omap = {
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve: parseOMap,
      createNode: createOMap
    };
    var YAMLSet = class _YAMLSet extends resolveSeq.YAMLMap {
      constructor() {
        super();
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        const pair = key2 instanceof resolveSeq.Pair ? key2 : new resolveSeq.Pair(key2);
        const prev = resolveSeq.findPair(this.items, pair.key);
        if (!prev) this.items.push(pair);
      }
      get(key2, keepPair) {
        const pair = resolveSeq.findPair(this.items, key2);
        return !keepPair && pair instanceof resolveSeq.Pair ? pair.key instanceof resolveSeq.Scalar ? pair.key.value : pair.key : pair;
      }
      set(key2, value2) {
        if (typeof value2 !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = resolveSeq.findPair(this.items, key2);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new resolveSeq.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        if (this.hasAllNullValues()) return super.toString(ctx, onComment, onChompKeep);
        else throw new Error("Set items must all have null values");
      }
    };
    PlainValue._defineProperty(YAMLSet, "tag", "tag:yaml.org,2002:set");
    function parseSet(doc, cst) {
      const map = resolveSeq.resolveMap(doc, cst);
      if (!map.hasAllNullValues()) throw new PlainValue.YAMLSemanticError(cst, "Set items must all have null values");
      return Object.assign(new YAMLSet(), map);
    }
    function createSet(schema, iterable, ctx) {
      const set3 = new YAMLSet();
      for (const value2 of iterable) set3.items.push(schema.createPair(value2, null, ctx));
      return set3;
    }
    var set2 = {
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      resolve: parseSet,
      createNode: createSet
    };
    var parseSexagesimal = (sign, parts) => {
      const n = parts.split(":").reduce((n2, p) => n2 * 60 + Number(p), 0);
      return sign === "-" ? -n : n;
    };
    var stringifySexagesimal = ({
      value: value2
    }) => {
      if (isNaN(value2) || !isFinite(value2)) return resolveSeq.stringifyNumber(value2);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 = Math.abs(value2);
      }
      const parts = [value2 % 60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = Math.round((value2 - parts[0]) / 60);
        parts.unshift(value2 % 60);
        if (value2 >= 60) {
          value2 = Math.round((value2 - parts[0]) / 60);
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => n < 10 ? "0" + String(n) : String(n)).join(":").replace(/000000\d*$/, "");
    };
    var intTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
      resolve: (str2, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/,
      resolve: (str2, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^(?:([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?)$"),
      resolve: (str2, year, month, day, hour, minute, second, millisec, tz) => {
        if (millisec) millisec = (millisec + "00").substr(1, 3);
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec || 0);
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz[0], tz.slice(1));
          if (Math.abs(d) < 30) d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({
        value: value2
      }) => value2.toISOString().replace(/((T00:00)?:00)?\.000Z$/, "")
    };
    function shouldWarn(deprecation) {
      const env = typeof process !== "undefined" && process.env || {};
      if (deprecation) {
        if (typeof YAML_SILENCE_DEPRECATION_WARNINGS !== "undefined") return !YAML_SILENCE_DEPRECATION_WARNINGS;
        return !env.YAML_SILENCE_DEPRECATION_WARNINGS;
      }
      if (typeof YAML_SILENCE_WARNINGS !== "undefined") return !YAML_SILENCE_WARNINGS;
      return !env.YAML_SILENCE_WARNINGS;
    }
    function warn(warning, type) {
      if (shouldWarn(false)) {
        const emit = typeof process !== "undefined" && process.emitWarning;
        if (emit) emit(warning, type);
        else {
          console.warn(type ? `${type}: ${warning}` : warning);
        }
      }
    }
    function warnFileDeprecation(filename) {
      if (shouldWarn(true)) {
        const path3 = filename.replace(/.*yaml[/\\]/i, "").replace(/\.js$/, "").replace(/\\/g, "/");
        warn(`The endpoint 'yaml/${path3}' will be removed in a future release.`, "DeprecationWarning");
      }
    }
    var warned = {};
    function warnOptionDeprecation(name, alternative) {
      if (!warned[name] && shouldWarn(true)) {
        warned[name] = true;
        let msg = `The option '${name}' will be removed in a future release`;
        msg += alternative ? `, use '${alternative}' instead.` : ".";
        warn(msg, "DeprecationWarning");
      }
    }
    exports.binary = binary;
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.omap = omap;
    exports.pairs = pairs;
    exports.set = set2;
    exports.timestamp = timestamp;
    exports.warn = warn;
    exports.warnFileDeprecation = warnFileDeprecation;
    exports.warnOptionDeprecation = warnOptionDeprecation;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js
var require_Schema_bcc6c2d7 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var warnings = require_warnings_793925ce();
    function createMap(schema, obj, ctx) {
      const map2 = new resolveSeq.YAMLMap(schema);
      if (obj instanceof Map) {
        for (const [key2, value2] of obj) map2.items.push(schema.createPair(key2, value2, ctx));
      } else if (obj && typeof obj === "object") {
        for (const key2 of Object.keys(obj)) map2.items.push(schema.createPair(key2, obj[key2], ctx));
      }
      if (typeof schema.sortMapEntries === "function") {
        map2.items.sort(schema.sortMapEntries);
      }
      return map2;
    }
    var map = {
      createNode: createMap,
      default: true,
      nodeClass: resolveSeq.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve: resolveSeq.resolveMap
    };
    function createSeq(schema, obj, ctx) {
      const seq2 = new resolveSeq.YAMLSeq(schema);
      if (obj && obj[Symbol.iterator]) {
        for (const it of obj) {
          const v = schema.createNode(it, ctx.wrapScalars, null, ctx);
          seq2.items.push(v);
        }
      }
      return seq2;
    }
    var seq = {
      createNode: createSeq,
      default: true,
      nodeClass: resolveSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve: resolveSeq.resolveSeq
    };
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({
          actualString: true
        }, ctx);
        return resolveSeq.stringifyString(item, ctx, onComment, onChompKeep);
      },
      options: resolveSeq.strOptions
    };
    var failsafe = [map, seq, string];
    var intIdentify$2 = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve$1 = (src, part, radix) => resolveSeq.intOptions.asBigInt ? BigInt(src) : parseInt(part, radix);
    function intStringify$1(node, radix, prefix) {
      const {
        value: value2
      } = node;
      if (intIdentify$2(value2) && value2 >= 0) return prefix + value2.toString(radix);
      return resolveSeq.stringifyNumber(node);
    }
    var nullObj = {
      identify: (value2) => value2 == null,
      createNode: (schema, value2, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    };
    var boolObj = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => str2[0] === "t" || str2[0] === "T",
      options: resolveSeq.boolOptions,
      stringify: ({
        value: value2
      }) => value2 ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr
    };
    var octObj = {
      identify: (value2) => intIdentify$2(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o([0-7]+)$/,
      resolve: (str2, oct) => intResolve$1(str2, oct, 8),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 8, "0o")
    };
    var intObj = {
      identify: intIdentify$2,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2) => intResolve$1(str2, str2, 10),
      options: resolveSeq.intOptions,
      stringify: resolveSeq.stringifyNumber
    };
    var hexObj = {
      identify: (value2) => intIdentify$2(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x([0-9a-fA-F]+)$/,
      resolve: (str2, hex) => intResolve$1(str2, hex, 16),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 16, "0x")
    };
    var nanObj = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str2, nan) => nan ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    };
    var expObj = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify: ({
        value: value2
      }) => Number(value2).toExponential()
    };
    var floatObj = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/,
      resolve(str2, frac1, frac2) {
        const frac = frac1 || frac2;
        const node = new resolveSeq.Scalar(parseFloat(str2));
        if (frac && frac[frac.length - 1] === "0") node.minFractionDigits = frac.length;
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    };
    var core = failsafe.concat([nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj]);
    var intIdentify$1 = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var stringifyJSON = ({
      value: value2
    }) => JSON.stringify(value2);
    var json = [map, seq, {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify: stringifyJSON
    }, {
      identify: (value2) => value2 == null,
      createNode: (schema, value2, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^null$/,
      resolve: () => null,
      stringify: stringifyJSON
    }, {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^true|false$/,
      resolve: (str2) => str2 === "true",
      stringify: stringifyJSON
    }, {
      identify: intIdentify$1,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (str2) => resolveSeq.intOptions.asBigInt ? BigInt(str2) : parseInt(str2, 10),
      stringify: ({
        value: value2
      }) => intIdentify$1(value2) ? value2.toString() : JSON.stringify(value2)
    }, {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (str2) => parseFloat(str2),
      stringify: stringifyJSON
    }];
    json.scalarFallback = (str2) => {
      throw new SyntaxError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    };
    var boolStringify = ({
      value: value2
    }) => value2 ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr;
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(sign, src, radix) {
      let str2 = src.replace(/_/g, "");
      if (resolveSeq.intOptions.asBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const {
        value: value2
      } = node;
      if (intIdentify(value2)) {
        const str2 = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return resolveSeq.stringifyNumber(node);
    }
    var yaml11 = failsafe.concat([{
      identify: (value2) => value2 == null,
      createNode: (schema, value2, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    }, {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => true,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/i,
      resolve: () => false,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^([-+]?)0b([0-1_]+)$/,
      resolve: (str2, sign, bin) => intResolve(sign, bin, 2),
      stringify: (node) => intStringify(node, 2, "0b")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^([-+]?)0([0-7_]+)$/,
      resolve: (str2, sign, oct) => intResolve(sign, oct, 8),
      stringify: (node) => intStringify(node, 8, "0")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^([-+]?)([0-9][0-9_]*)$/,
      resolve: (str2, sign, abs) => intResolve(sign, abs, 10),
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^([-+]?)0x([0-9a-fA-F_]+)$/,
      resolve: (str2, sign, hex) => intResolve(sign, hex, 16),
      stringify: (node) => intStringify(node, 16, "0x")
    }, {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str2, nan) => nan ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify: ({
        value: value2
      }) => Number(value2).toExponential()
    }, {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.([0-9_]*)$/,
      resolve(str2, frac) {
        const node = new resolveSeq.Scalar(parseFloat(str2.replace(/_/g, "")));
        if (frac) {
          const f = frac.replace(/_/g, "");
          if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    }], warnings.binary, warnings.omap, warnings.pairs, warnings.set, warnings.intTime, warnings.floatTime, warnings.timestamp);
    var schemas = {
      core,
      failsafe,
      json,
      yaml11
    };
    var tags = {
      binary: warnings.binary,
      bool: boolObj,
      float: floatObj,
      floatExp: expObj,
      floatNaN: nanObj,
      floatTime: warnings.floatTime,
      int: intObj,
      intHex: hexObj,
      intOct: octObj,
      intTime: warnings.intTime,
      map,
      null: nullObj,
      omap: warnings.omap,
      pairs: warnings.pairs,
      seq,
      set: warnings.set,
      timestamp: warnings.timestamp
    };
    function findTagObject(value2, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) || match[0];
        if (!tagObj) throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t) => (t.identify && t.identify(value2) || t.class && value2 instanceof t.class) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (value2 instanceof resolveSeq.Node) return value2;
      const {
        defaultPrefix,
        onTagObj,
        prevObjects,
        schema,
        wrapScalars
      } = ctx;
      if (tagName && tagName.startsWith("!!")) tagName = defaultPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (typeof value2.toJSON === "function") value2 = value2.toJSON();
        if (!value2 || typeof value2 !== "object") return wrapScalars ? new resolveSeq.Scalar(value2) : value2;
        tagObj = value2 instanceof Map ? map : value2[Symbol.iterator] ? seq : map;
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const obj = {
        value: void 0,
        node: void 0
      };
      if (value2 && typeof value2 === "object" && prevObjects) {
        const prev = prevObjects.get(value2);
        if (prev) {
          const alias = new resolveSeq.Alias(prev);
          ctx.aliasNodes.push(alias);
          return alias;
        }
        obj.value = value2;
        prevObjects.set(value2, obj);
      }
      obj.node = tagObj.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : wrapScalars ? new resolveSeq.Scalar(value2) : value2;
      if (tagName && obj.node instanceof resolveSeq.Node) obj.node.tag = tagName;
      return obj.node;
    }
    function getSchemaTags(schemas2, knownTags, customTags, schemaId) {
      let tags2 = schemas2[schemaId.replace(/\W/g, "")];
      if (!tags2) {
        const keys = Object.keys(schemas2).map((key2) => JSON.stringify(key2)).join(", ");
        throw new Error(`Unknown schema "${schemaId}"; use one of ${keys}`);
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags) tags2 = tags2.concat(tag);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      for (let i = 0; i < tags2.length; ++i) {
        const tag = tags2[i];
        if (typeof tag === "string") {
          const tagObj = knownTags[tag];
          if (!tagObj) {
            const keys = Object.keys(knownTags).map((key2) => JSON.stringify(key2)).join(", ");
            throw new Error(`Unknown custom tag "${tag}"; use one of ${keys}`);
          }
          tags2[i] = tagObj;
        }
      }
      return tags2;
    }
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema3 = class _Schema {
      // TODO: remove in v2
      constructor({
        customTags,
        merge: merge2,
        schema,
        sortMapEntries,
        tags: deprecatedCustomTags
      }) {
        this.merge = !!merge2;
        this.name = schema;
        this.sortMapEntries = sortMapEntries === true ? sortMapEntriesByKey : sortMapEntries || null;
        if (!customTags && deprecatedCustomTags) warnings.warnOptionDeprecation("tags", "customTags");
        this.tags = getSchemaTags(schemas, tags, customTags || deprecatedCustomTags, schema);
      }
      createNode(value2, wrapScalars, tagName, ctx) {
        const baseCtx = {
          defaultPrefix: _Schema.defaultPrefix,
          schema: this,
          wrapScalars
        };
        const createCtx = ctx ? Object.assign(ctx, baseCtx) : baseCtx;
        return createNode(value2, tagName, createCtx);
      }
      createPair(key2, value2, ctx) {
        if (!ctx) ctx = {
          wrapScalars: true
        };
        const k = this.createNode(key2, ctx.wrapScalars, null, ctx);
        const v = this.createNode(value2, ctx.wrapScalars, null, ctx);
        return new resolveSeq.Pair(k, v);
      }
    };
    PlainValue._defineProperty(Schema3, "defaultPrefix", PlainValue.defaultTagPrefix);
    PlainValue._defineProperty(Schema3, "defaultTags", PlainValue.defaultTags);
    exports.Schema = Schema3;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js
var require_Document_a8d0fbf9 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var Schema3 = require_Schema_bcc6c2d7();
    var defaultOptions = {
      anchorPrefix: "a",
      customTags: null,
      indent: 2,
      indentSeq: true,
      keepCstNodes: false,
      keepNodeTypes: true,
      keepBlobsInJSON: true,
      mapAsMap: false,
      maxAliasCount: 100,
      prettyErrors: false,
      // TODO Set true in v2
      simpleKeys: false,
      version: "1.2"
    };
    var scalarOptions = {
      get binary() {
        return resolveSeq.binaryOptions;
      },
      set binary(opt) {
        Object.assign(resolveSeq.binaryOptions, opt);
      },
      get bool() {
        return resolveSeq.boolOptions;
      },
      set bool(opt) {
        Object.assign(resolveSeq.boolOptions, opt);
      },
      get int() {
        return resolveSeq.intOptions;
      },
      set int(opt) {
        Object.assign(resolveSeq.intOptions, opt);
      },
      get null() {
        return resolveSeq.nullOptions;
      },
      set null(opt) {
        Object.assign(resolveSeq.nullOptions, opt);
      },
      get str() {
        return resolveSeq.strOptions;
      },
      set str(opt) {
        Object.assign(resolveSeq.strOptions, opt);
      }
    };
    var documentOptions = {
      "1.0": {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: PlainValue.defaultTagPrefix
        }, {
          handle: "!!",
          prefix: "tag:private.yaml.org,2002:"
        }]
      },
      1.1: {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      },
      1.2: {
        schema: "core",
        merge: false,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      }
    };
    function stringifyTag(doc, tag) {
      if ((doc.version || doc.options.version) === "1.0") {
        const priv = tag.match(/^tag:private\.yaml\.org,2002:([^:/]+)$/);
        if (priv) return "!" + priv[1];
        const vocab = tag.match(/^tag:([a-zA-Z0-9-]+)\.yaml\.org,2002:(.*)/);
        return vocab ? `!${vocab[1]}/${vocab[2]}` : `!${tag.replace(/^tag:/, "")}`;
      }
      let p = doc.tagPrefixes.find((p2) => tag.indexOf(p2.prefix) === 0);
      if (!p) {
        const dtp = doc.getDefaults().tagPrefixes;
        p = dtp && dtp.find((p2) => tag.indexOf(p2.prefix) === 0);
      }
      if (!p) return tag[0] === "!" ? tag : `!<${tag}>`;
      const suffix = tag.substr(p.prefix.length).replace(/[!,[\]{}]/g, (ch) => ({
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      })[ch]);
      return p.handle + suffix;
    }
    function getTagObject(tags, item) {
      if (item instanceof resolveSeq.Alias) return resolveSeq.Alias;
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0) return match.find((t) => t.format === item.format) || match[0];
      }
      let tagObj, obj;
      if (item instanceof resolveSeq.Scalar) {
        obj = item.value;
        const match = tags.filter((t) => t.identify && t.identify(obj) || t.class && obj instanceof t.class);
        tagObj = match.find((t) => t.format === item.format) || match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj && obj.constructor ? obj.constructor.name : typeof obj;
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, {
      anchors,
      doc
    }) {
      const props = [];
      const anchor = doc.anchors.getName(node);
      if (anchor) {
        anchors[anchor] = node;
        props.push(`&${anchor}`);
      }
      if (node.tag) {
        props.push(stringifyTag(doc, node.tag));
      } else if (!tagObj.default) {
        props.push(stringifyTag(doc, tagObj.tag));
      }
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      const {
        anchors,
        schema
      } = ctx.doc;
      let tagObj;
      if (!(item instanceof resolveSeq.Node)) {
        const createCtx = {
          aliasNodes: [],
          onTagObj: (o) => tagObj = o,
          prevObjects: /* @__PURE__ */ new Map()
        };
        item = schema.createNode(item, true, null, createCtx);
        for (const alias of createCtx.aliasNodes) {
          alias.source = alias.source.node;
          let name = anchors.getName(alias.source);
          if (!name) {
            name = anchors.newName();
            anchors.map[name] = alias.source;
          }
        }
      }
      if (item instanceof resolveSeq.Pair) return item.toString(ctx, onComment, onChompKeep);
      if (!tagObj) tagObj = getTagObject(schema.tags, item);
      const props = stringifyProps(item, tagObj, ctx);
      if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart || 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(item, ctx, onComment, onChompKeep) : item instanceof resolveSeq.Scalar ? resolveSeq.stringifyString(item, ctx, onComment, onChompKeep) : item.toString(ctx, onComment, onChompKeep);
      if (!props) return str2;
      return item instanceof resolveSeq.Scalar || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    var Anchors = class _Anchors {
      static validAnchorNode(node) {
        return node instanceof resolveSeq.Scalar || node instanceof resolveSeq.YAMLSeq || node instanceof resolveSeq.YAMLMap;
      }
      constructor(prefix) {
        PlainValue._defineProperty(this, "map", /* @__PURE__ */ Object.create(null));
        this.prefix = prefix;
      }
      createAlias(node, name) {
        this.setAnchor(node, name);
        return new resolveSeq.Alias(node);
      }
      createMergePair(...sources) {
        const merge2 = new resolveSeq.Merge();
        merge2.value.items = sources.map((s) => {
          if (s instanceof resolveSeq.Alias) {
            if (s.source instanceof resolveSeq.YAMLMap) return s;
          } else if (s instanceof resolveSeq.YAMLMap) {
            return this.createAlias(s);
          }
          throw new Error("Merge sources must be Map nodes or their Aliases");
        });
        return merge2;
      }
      getName(node) {
        const {
          map
        } = this;
        return Object.keys(map).find((a) => map[a] === node);
      }
      getNames() {
        return Object.keys(this.map);
      }
      getNode(name) {
        return this.map[name];
      }
      newName(prefix) {
        if (!prefix) prefix = this.prefix;
        const names = Object.keys(this.map);
        for (let i = 1; true; ++i) {
          const name = `${prefix}${i}`;
          if (!names.includes(name)) return name;
        }
      }
      // During parsing, map & aliases contain CST nodes
      resolveNodes() {
        const {
          map,
          _cstAliases
        } = this;
        Object.keys(map).forEach((a) => {
          map[a] = map[a].resolved;
        });
        _cstAliases.forEach((a) => {
          a.source = a.source.resolved;
        });
        delete this._cstAliases;
      }
      setAnchor(node, name) {
        if (node != null && !_Anchors.validAnchorNode(node)) {
          throw new Error("Anchors may only be set for Scalar, Seq and Map nodes");
        }
        if (name && /[\x00-\x19\s,[\]{}]/.test(name)) {
          throw new Error("Anchor names must not contain whitespace or control characters");
        }
        const {
          map
        } = this;
        const prev = node && Object.keys(map).find((a) => map[a] === node);
        if (prev) {
          if (!name) {
            return prev;
          } else if (prev !== name) {
            delete map[prev];
            map[name] = node;
          }
        } else {
          if (!name) {
            if (!node) return null;
            name = this.newName();
          }
          map[name] = node;
        }
        return name;
      }
    };
    var visit2 = (node, tags) => {
      if (node && typeof node === "object") {
        const {
          tag
        } = node;
        if (node instanceof resolveSeq.Collection) {
          if (tag) tags[tag] = true;
          node.items.forEach((n) => visit2(n, tags));
        } else if (node instanceof resolveSeq.Pair) {
          visit2(node.key, tags);
          visit2(node.value, tags);
        } else if (node instanceof resolveSeq.Scalar) {
          if (tag) tags[tag] = true;
        }
      }
      return tags;
    };
    var listTagNames = (node) => Object.keys(visit2(node, {}));
    function parseContents(doc, contents) {
      const comments = {
        before: [],
        after: []
      };
      let body = void 0;
      let spaceBefore = false;
      for (const node of contents) {
        if (node.valueRange) {
          if (body !== void 0) {
            const msg = "Document contains trailing content not separated by a ... or --- line";
            doc.errors.push(new PlainValue.YAMLSyntaxError(node, msg));
            break;
          }
          const res = resolveSeq.resolveNode(doc, node);
          if (spaceBefore) {
            res.spaceBefore = true;
            spaceBefore = false;
          }
          body = res;
        } else if (node.comment !== null) {
          const cc = body === void 0 ? comments.before : comments.after;
          cc.push(node.comment);
        } else if (node.type === PlainValue.Type.BLANK_LINE) {
          spaceBefore = true;
          if (body === void 0 && comments.before.length > 0 && !doc.commentBefore) {
            doc.commentBefore = comments.before.join("\n");
            comments.before = [];
          }
        }
      }
      doc.contents = body || null;
      if (!body) {
        doc.comment = comments.before.concat(comments.after).join("\n") || null;
      } else {
        const cb = comments.before.join("\n");
        if (cb) {
          const cbNode = body instanceof resolveSeq.Collection && body.items[0] ? body.items[0] : body;
          cbNode.commentBefore = cbNode.commentBefore ? `${cb}
${cbNode.commentBefore}` : cb;
        }
        doc.comment = comments.after.join("\n") || null;
      }
    }
    function resolveTagDirective({
      tagPrefixes
    }, directive) {
      const [handle, prefix] = directive.parameters;
      if (!handle || !prefix) {
        const msg = "Insufficient parameters given for %TAG directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (tagPrefixes.some((p) => p.handle === handle)) {
        const msg = "The %TAG directive must only be given at most once per handle in the same document.";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      return {
        handle,
        prefix
      };
    }
    function resolveYamlDirective(doc, directive) {
      let [version] = directive.parameters;
      if (directive.name === "YAML:1.0") version = "1.0";
      if (!version) {
        const msg = "Insufficient parameters given for %YAML directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (!documentOptions[version]) {
        const v0 = doc.version || doc.options.version;
        const msg = `Document will be parsed as YAML ${v0} rather than YAML ${version}`;
        doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
      }
      return version;
    }
    function parseDirectives(doc, directives2, prevDoc) {
      const directiveComments = [];
      let hasDirectives = false;
      for (const directive of directives2) {
        const {
          comment,
          name
        } = directive;
        switch (name) {
          case "TAG":
            try {
              doc.tagPrefixes.push(resolveTagDirective(doc, directive));
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          case "YAML":
          case "YAML:1.0":
            if (doc.version) {
              const msg = "The %YAML directive must only be given at most once per document.";
              doc.errors.push(new PlainValue.YAMLSemanticError(directive, msg));
            }
            try {
              doc.version = resolveYamlDirective(doc, directive);
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          default:
            if (name) {
              const msg = `YAML only supports %TAG and %YAML directives, and not %${name}`;
              doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
            }
        }
        if (comment) directiveComments.push(comment);
      }
      if (prevDoc && !hasDirectives && "1.1" === (doc.version || prevDoc.version || doc.options.version)) {
        const copyTagPrefix = ({
          handle,
          prefix
        }) => ({
          handle,
          prefix
        });
        doc.tagPrefixes = prevDoc.tagPrefixes.map(copyTagPrefix);
        doc.version = prevDoc.version;
      }
      doc.commentBefore = directiveComments.join("\n") || null;
    }
    function assertCollection(contents) {
      if (contents instanceof resolveSeq.Collection) return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    var Document = class _Document {
      constructor(options) {
        this.anchors = new Anchors(options.anchorPrefix);
        this.commentBefore = null;
        this.comment = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.errors = [];
        this.options = options;
        this.schema = null;
        this.tagPrefixes = [];
        this.version = null;
        this.warnings = [];
      }
      add(value2) {
        assertCollection(this.contents);
        return this.contents.add(value2);
      }
      addIn(path3, value2) {
        assertCollection(this.contents);
        this.contents.addIn(path3, value2);
      }
      delete(key2) {
        assertCollection(this.contents);
        return this.contents.delete(key2);
      }
      deleteIn(path3) {
        if (resolveSeq.isEmptyPath(path3)) {
          if (this.contents == null) return false;
          this.contents = null;
          return true;
        }
        assertCollection(this.contents);
        return this.contents.deleteIn(path3);
      }
      getDefaults() {
        return _Document.defaults[this.version] || _Document.defaults[this.options.version] || {};
      }
      get(key2, keepScalar) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.get(key2, keepScalar) : void 0;
      }
      getIn(path3, keepScalar) {
        if (resolveSeq.isEmptyPath(path3)) return !keepScalar && this.contents instanceof resolveSeq.Scalar ? this.contents.value : this.contents;
        return this.contents instanceof resolveSeq.Collection ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      has(key2) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.has(key2) : false;
      }
      hasIn(path3) {
        if (resolveSeq.isEmptyPath(path3)) return this.contents !== void 0;
        return this.contents instanceof resolveSeq.Collection ? this.contents.hasIn(path3) : false;
      }
      set(key2, value2) {
        assertCollection(this.contents);
        this.contents.set(key2, value2);
      }
      setIn(path3, value2) {
        if (resolveSeq.isEmptyPath(path3)) this.contents = value2;
        else {
          assertCollection(this.contents);
          this.contents.setIn(path3, value2);
        }
      }
      setSchema(id, customTags) {
        if (!id && !customTags && this.schema) return;
        if (typeof id === "number") id = id.toFixed(1);
        if (id === "1.0" || id === "1.1" || id === "1.2") {
          if (this.version) this.version = id;
          else this.options.version = id;
          delete this.options.schema;
        } else if (id && typeof id === "string") {
          this.options.schema = id;
        }
        if (Array.isArray(customTags)) this.options.customTags = customTags;
        const opt = Object.assign({}, this.getDefaults(), this.options);
        this.schema = new Schema3.Schema(opt);
      }
      parse(node, prevDoc) {
        if (this.options.keepCstNodes) this.cstNode = node;
        if (this.options.keepNodeTypes) this.type = "DOCUMENT";
        const {
          directives: directives2 = [],
          contents = [],
          directivesEndMarker,
          error,
          valueRange
        } = node;
        if (error) {
          if (!error.source) error.source = this;
          this.errors.push(error);
        }
        parseDirectives(this, directives2, prevDoc);
        if (directivesEndMarker) this.directivesEndMarker = true;
        this.range = valueRange ? [valueRange.start, valueRange.end] : null;
        this.setSchema();
        this.anchors._cstAliases = [];
        parseContents(this, contents);
        this.anchors.resolveNodes();
        if (this.options.prettyErrors) {
          for (const error2 of this.errors) if (error2 instanceof PlainValue.YAMLError) error2.makePretty();
          for (const warn of this.warnings) if (warn instanceof PlainValue.YAMLError) warn.makePretty();
        }
        return this;
      }
      listNonDefaultTags() {
        return listTagNames(this.contents).filter((t) => t.indexOf(Schema3.Schema.defaultPrefix) !== 0);
      }
      setTagPrefix(handle, prefix) {
        if (handle[0] !== "!" || handle[handle.length - 1] !== "!") throw new Error("Handle must start and end with !");
        if (prefix) {
          const prev = this.tagPrefixes.find((p) => p.handle === handle);
          if (prev) prev.prefix = prefix;
          else this.tagPrefixes.push({
            handle,
            prefix
          });
        } else {
          this.tagPrefixes = this.tagPrefixes.filter((p) => p.handle !== handle);
        }
      }
      toJSON(arg, onAnchor) {
        const {
          keepBlobsInJSON,
          mapAsMap,
          maxAliasCount
        } = this.options;
        const keep = keepBlobsInJSON && (typeof arg !== "string" || !(this.contents instanceof resolveSeq.Scalar));
        const ctx = {
          doc: this,
          indentStep: "  ",
          keep,
          mapAsMap: keep && !!mapAsMap,
          maxAliasCount,
          stringify
          // Requiring directly in Pair would create circular dependencies
        };
        const anchorNames = Object.keys(this.anchors.map);
        if (anchorNames.length > 0) ctx.anchors = new Map(anchorNames.map((name) => [this.anchors.map[name], {
          alias: [],
          aliasCount: 0,
          count: 1
        }]));
        const res = resolveSeq.toJSON(this.contents, arg, ctx);
        if (typeof onAnchor === "function" && ctx.anchors) for (const {
          count,
          res: res2
        } of ctx.anchors.values()) onAnchor(res2, count);
        return res;
      }
      toString() {
        if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
        const indentSize = this.options.indent;
        if (!Number.isInteger(indentSize) || indentSize <= 0) {
          const s = JSON.stringify(indentSize);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        this.setSchema();
        const lines = [];
        let hasDirectives = false;
        if (this.version) {
          let vd = "%YAML 1.2";
          if (this.schema.name === "yaml-1.1") {
            if (this.version === "1.0") vd = "%YAML:1.0";
            else if (this.version === "1.1") vd = "%YAML 1.1";
          }
          lines.push(vd);
          hasDirectives = true;
        }
        const tagNames = this.listNonDefaultTags();
        this.tagPrefixes.forEach(({
          handle,
          prefix
        }) => {
          if (tagNames.some((t) => t.indexOf(prefix) === 0)) {
            lines.push(`%TAG ${handle} ${prefix}`);
            hasDirectives = true;
          }
        });
        if (hasDirectives || this.directivesEndMarker) lines.push("---");
        if (this.commentBefore) {
          if (hasDirectives || !this.directivesEndMarker) lines.unshift("");
          lines.unshift(this.commentBefore.replace(/^/gm, "#"));
        }
        const ctx = {
          anchors: /* @__PURE__ */ Object.create(null),
          doc: this,
          indent: "",
          indentStep: " ".repeat(indentSize),
          stringify
          // Requiring directly in nodes would create circular dependencies
        };
        let chompKeep = false;
        let contentComment = null;
        if (this.contents) {
          if (this.contents instanceof resolveSeq.Node) {
            if (this.contents.spaceBefore && (hasDirectives || this.directivesEndMarker)) lines.push("");
            if (this.contents.commentBefore) lines.push(this.contents.commentBefore.replace(/^/gm, "#"));
            ctx.forceBlockIndent = !!this.comment;
            contentComment = this.contents.comment;
          }
          const onChompKeep = contentComment ? null : () => chompKeep = true;
          const body = stringify(this.contents, ctx, () => contentComment = null, onChompKeep);
          lines.push(resolveSeq.addComment(body, "", contentComment));
        } else if (this.contents !== void 0) {
          lines.push(stringify(this.contents, ctx));
        }
        if (this.comment) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
          lines.push(this.comment.replace(/^/gm, "#"));
        }
        return lines.join("\n") + "\n";
      }
    };
    PlainValue._defineProperty(Document, "defaults", documentOptions);
    exports.Document = Document;
    exports.defaultOptions = defaultOptions;
    exports.scalarOptions = scalarOptions;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var parseCst = require_parse_cst();
    var Document$1 = require_Document_a8d0fbf9();
    var Schema3 = require_Schema_bcc6c2d7();
    var PlainValue = require_PlainValue_516d5bc2();
    var warnings = require_warnings_793925ce();
    require_resolveSeq_95613e94();
    function createNode(value2, wrapScalars = true, tag) {
      if (tag === void 0 && typeof wrapScalars === "string") {
        tag = wrapScalars;
        wrapScalars = true;
      }
      const options = Object.assign({}, Document$1.Document.defaults[Document$1.defaultOptions.version], Document$1.defaultOptions);
      const schema = new Schema3.Schema(options);
      return schema.createNode(value2, wrapScalars, tag);
    }
    var Document = class extends Document$1.Document {
      constructor(options) {
        super(Object.assign({}, Document$1.defaultOptions, options));
      }
    };
    function parseAllDocuments(src, options) {
      const stream = [];
      let prev;
      for (const cstDoc of parseCst.parse(src)) {
        const doc = new Document(options);
        doc.parse(cstDoc, prev);
        stream.push(doc);
        prev = doc;
      }
      return stream;
    }
    function parseDocument(src, options) {
      const cst = parseCst.parse(src);
      const doc = new Document(options).parse(cst[0]);
      if (cst.length > 1) {
        const errMsg = "Source contains multiple documents; please use YAML.parseAllDocuments()";
        doc.errors.unshift(new PlainValue.YAMLSemanticError(cst[1], errMsg));
      }
      return doc;
    }
    function parse3(src, options) {
      const doc = parseDocument(src, options);
      doc.warnings.forEach((warning) => warnings.warn(warning));
      if (doc.errors.length > 0) throw doc.errors[0];
      return doc.toJSON();
    }
    function stringify(value2, options) {
      const doc = new Document(options);
      doc.contents = value2;
      return String(doc);
    }
    var YAML = {
      createNode,
      defaultOptions: Document$1.defaultOptions,
      Document,
      parse: parse3,
      parseAllDocuments,
      parseCST: parseCst.parse,
      parseDocument,
      scalarOptions: Document$1.scalarOptions,
      stringify
    };
    exports.YAML = YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js
var require_yaml = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js"(exports, module) {
    module.exports = require_dist().YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js
var require_yaml2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js"(exports, module) {
    var yaml = require_yaml();
    var errors = /* @__PURE__ */ new Set([
      "YAMLReferenceError",
      "YAMLSemanticError",
      "YAMLSyntaxError",
      "YAMLWarning"
    ]);
    function parse3(str2) {
      if (typeof str2 !== "string") {
        return { ok: false, result: void 0 };
      }
      const YAML_SILENCE_WARNINGS_CACHED = global.YAML_SILENCE_WARNINGS;
      try {
        global.YAML_SILENCE_WARNINGS = true;
        return { ok: true, result: yaml.parse(str2) };
      } catch (err) {
        if (err && errors.has(err.name)) {
          return { ok: false, result: void 0 };
        }
        throw err;
      } finally {
        global.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
      }
    }
    module.exports = {
      // is_valid is expected to return nothing if input is invalid otherwise
      // true/false for it being valid YAML.
      "yaml.is_valid": (str2) => typeof str2 === "string" ? parse3(str2).ok : void 0,
      "yaml.marshal": (data) => yaml.stringify(data),
      "yaml.unmarshal": (str2) => parse3(str2).result
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module) {
    var json = require_json();
    var strings = require_strings();
    var regex = require_regex();
    var yaml = require_yaml2();
    module.exports = {
      ...json,
      ...strings,
      ...regex,
      ...yaml
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr) {
        const i8 = new Int8Array(mem.buffer);
        let s = "";
        while (i8[addr] !== 0) {
          s += String.fromCharCode(i8[addr++]);
        }
        return s;
      };
    }
    function _loadJSON(wasmInstance, memory, value2) {
      if (value2 === void 0) {
        return 0;
      }
      let valueBuf;
      if (value2 instanceof ArrayBuffer) {
        valueBuf = new Uint8Array(value2);
      } else {
        const valueAsText = JSON.stringify(value2);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      const valueBufLen = valueBuf.byteLength;
      const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      const memoryBuffer = new Uint8Array(memory.buffer);
      memoryBuffer.set(valueBuf, rawAddr);
      const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0) {
        throw "failed to parse json value";
      }
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr) {
      const rawAddr = wasmInstance.exports.opa_json_dump(addr);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr) {
      const buf = new Uint8Array(memory.buffer);
      let idx = addr;
      while (buf[idx] !== 0) {
        idx++;
      }
      const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
      const jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      const builtInName = builtins[builtinId];
      const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0) {
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      }
      const argArray = Array.prototype.slice.apply(arguments);
      const args = [];
      for (let i = 5; i < argArray.length; i++) {
        const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
        args.push(jsArg);
      }
      const result = impl(...args);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      const addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr) {
            throw addr2string(addr);
          },
          opa_println: function(addr) {
            console.log(addr2string(addr));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        const abiVersion = typeof abiVersionGlobal === "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1) {
          throw `unsupported ABI version ${abiVersion}`;
        }
      } else {
        console.error("opa_wasm_abi_version undefined");
      }
      const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
      let abiMinorVersion;
      if (abiMinorVersionGlobal !== void 0) {
        abiMinorVersion = typeof abiMinorVersionGlobal === "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value;
      } else {
        console.error("opa_wasm_abi_minor_version undefined");
      }
      const builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (const key2 of Object.keys(builtins)) {
        env.builtins[builtins[key2]] = key2;
      }
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      const env = {};
      const isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise;
      const importObject = _importObject(env, memory, customBuiltins);
      const wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      const env = {};
      if (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) {
        policyWasm = new WebAssembly.Module(policyWasm);
      }
      const wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion;
        this.mem = memory;
        this.wasmInstance = policy.instance ? policy.instance : policy;
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
        this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
        this.dataHeapPtr = this.baseHeapPtr;
        this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint === "number") {
        } else if (typeof entrypoint === "string") {
          if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
            entrypoint = this.entrypoints[entrypoint];
          } else {
            throw `entrypoint ${entrypoint} is not valid in this instance`;
          }
        } else {
          throw `entrypoint value is an invalid type, must be either string or number`;
        }
        if (this.minorVersion >= 2) {
          let inputBuf = null;
          let inputLen = 0;
          let inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer) {
              inputBuf = new Uint8Array(input);
            } else {
              const inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr;
            inputLen = inputBuf.byteLength;
            const delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              const pages = roundup(delta);
              this.mem.grow(pages);
            }
            const buf = new Uint8Array(this.mem.buffer);
            buf.set(inputBuf, this.dataHeapPtr);
          }
          const heapPtr = this.dataHeapPtr + inputLen;
          const ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);
        const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);
        this.wasmInstance.exports.eval(ctxAddr);
        const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        const rs = this.evaluate(input);
        return rs && rs.length === 1 && rs[0] === true;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
        this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      const pageSize = 64 * 1024;
      return Math.ceil(bytes / pageSize);
    }
    module.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/engine/bundle.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
var BundleError = class extends Error {
  constructor(source, message) {
    super(`${source}: ${message}`);
    this.source = source;
    this.name = "BundleError";
  }
  source;
};
function readBundle(file) {
  if (!existsSync(file)) throw new BundleError(file, "bundle not found");
  if (file.endsWith(".wasm")) {
    const catalogFile = join(dirname(file), "catalog.json");
    const dataFile = join(dirname(file), "data.json");
    return {
      source: file,
      wasm: new Uint8Array(readFileSync(file)),
      data: existsSync(dataFile) ? parseJson(file, "data.json", readFileSync(dataFile, "utf8")) : {},
      catalog: existsSync(catalogFile) ? parseJson(file, "catalog.json", readFileSync(catalogFile, "utf8")) : []
    };
  }
  let entries2;
  try {
    entries2 = untar(gunzipSync(readFileSync(file)));
  } catch (error) {
    throw new BundleError(file, `not a gzip-compressed tar bundle (${error.message})`);
  }
  const wasm = entries2.get("policy.wasm");
  if (!wasm) throw new BundleError(file, "bundle has no /policy.wasm (build it with `opa build -t wasm`)");
  const data = entries2.get("data.json");
  const catalog = entries2.get("catalog.json");
  return {
    source: file,
    wasm: new Uint8Array(wasm),
    data: data ? parseJson(file, "data.json", data.toString("utf8")) : {},
    catalog: catalog ? parseJson(file, "catalog.json", catalog.toString("utf8")) : []
  };
}
function parseJson(source, name, text2) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new BundleError(source, `${name} is not valid JSON (${error.message})`);
  }
}
function untar(archive) {
  const files = /* @__PURE__ */ new Map();
  let offset = 0;
  let longName;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.toString("utf8", start, start + length).replace(/\0.*$/s, "");
    const size = parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = archive.subarray(offset + 512, offset + 512 + size);
    if (body.length < size) throw new Error("truncated archive");
    longName = void 0;
    if (type === "L") longName = body.toString("utf8").replace(/\0.*$/s, "");
    else if (type === "0" || type === "") files.set(name.replace(/^\.?\//, ""), body);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

// node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var import_opa = __toESM(require_opa(), 1);
var loadPolicy = import_opa.default.loadPolicy;

// src/engine/builtins.ts
var SDK_BUILTINS = /* @__PURE__ */ new Set([
  "json.is_valid",
  "sprintf",
  "regex.split",
  "yaml.is_valid",
  "yaml.marshal",
  "yaml.unmarshal"
]);
function regexReplace(text2, pattern, replacement) {
  return text2.replace(new RegExp(pattern, "g"), replacement.replace(/\$\{(\d+)\}/g, "$$$1"));
}
var HOST_BUILTINS = {
  "regex.replace": regexReplace
};
function isImplemented(name) {
  return SDK_BUILTINS.has(name) || Object.hasOwn(HOST_BUILTINS, name);
}

// src/engine/engine.ts
var PAGE = 64 * 1024;
var DEFAULT_MEMORY = { maxBytes: 512 * 1024 * 1024, recycleBytes: 64 * 1024 * 1024 };
var RUN_ENTRYPOINT = "main/run";
var EvaluationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EvaluationError";
  }
};
var LoadedBundle = class _LoadedBundle {
  constructor(bundle, module, memory, first) {
    this.bundle = bundle;
    this.module = module;
    this.memory = memory;
    this.policy = first;
    this.entrypoints = new Set(Object.keys(first.entrypoints));
  }
  bundle;
  module;
  memory;
  policy;
  entrypoints;
  /** How many instances were made: the first, plus one per recycling. */
  instances = 1;
  static async load(bundle, memory) {
    let module;
    try {
      module = new WebAssembly.Module(bundle.wasm);
    } catch (error) {
      throw new BundleError(bundle.source, `policy.wasm is not a valid WebAssembly module (${error.message})`);
    }
    const policy = await instantiate(bundle, module, memory);
    const missing = importedBuiltins(policy).filter((name) => !isImplemented(name));
    if (missing.length) {
      throw new BundleError(bundle.source, `uses builtin${missing.length > 1 ? "s" : ""} that policygate does not implement: ${missing.join(", ")}`);
    }
    return new _LoadedBundle(bundle, module, memory, policy);
  }
  async evaluate(entrypoint, input) {
    if (!this.policy) {
      this.policy = await instantiate(this.bundle, this.module, this.memory);
      this.instances++;
    }
    const policy = this.policy;
    try {
      const result = policy.evaluate(input, entrypoint);
      return result[0]?.result ?? [];
    } catch (error) {
      this.policy = void 0;
      throw new EvaluationError(`${this.bundle.source}: ${describe(error, this.memory)}`);
    } finally {
      if (policy.mem.buffer.byteLength > this.memory.recycleBytes) this.policy = void 0;
    }
  }
};
async function instantiate(bundle, module, memory) {
  const policy = await loadPolicy(module, { initial: 5, maximum: Math.floor(memory.maxBytes / PAGE) }, HOST_BUILTINS);
  policy.setData(bundle.data);
  return policy;
}
function importedBuiltins(policy) {
  const exports = policy.wasmInstance.exports;
  const address = exports["opa_json_dump"](exports["builtins"]());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = address;
  while (bytes[end] !== 0) end++;
  return Object.keys(JSON.parse(new TextDecoder().decode(bytes.subarray(address, end))));
}
function describe(error, memory) {
  const message = error instanceof Error ? error.message : typeof error === "object" && error && "message" in error ? String(error.message) : String(error);
  if (error instanceof RangeError || message.includes("opa_malloc: failed")) {
    return `evaluation needs more than ${Math.round(memory.maxBytes / 1024 / 1024)} MB of memory`;
  }
  return message;
}
var Engine = class _Engine {
  constructor(bundles, rules) {
    this.bundles = bundles;
    this.rules = rules;
  }
  bundles;
  rules;
  static async load(bundles, memory = DEFAULT_MEMORY) {
    const rules = /* @__PURE__ */ new Map();
    for (const bundle of bundles) {
      for (const rule of bundle.catalog) {
        const clash = rules.get(rule.id);
        if (clash) throw new BundleError(bundle.source, `rule id ${rule.id} is also defined by ${clash.source}`);
        rules.set(rule.id, { ...rule, source: bundle.source });
      }
    }
    return new _Engine(await Promise.all(bundles.map((bundle) => LoadedBundle.load(bundle, memory))), rules);
  }
  /** The catalog entry of a rule of any loaded bundle. */
  rule(id) {
    return this.rules.get(id);
  }
  /** Instances made per bundle so far (recycling shows as more than one). */
  instanceCounts() {
    return this.bundles.map((bundle) => bundle.instances);
  }
  /** Every bundle's findings for one document; bundles without rules for the kind are passed over. */
  evaluate(input) {
    return this.evaluateAt(`main/${input.kind}`, input);
  }
  /** Every bundle's run-scope findings over the facts of the whole run. */
  evaluateRun(index) {
    return this.evaluateAt(RUN_ENTRYPOINT, index);
  }
  async evaluateAt(entrypoint, input) {
    const findings = [];
    for (const bundle of this.bundles) {
      if (bundle.entrypoints.has(entrypoint)) findings.push(...await bundle.evaluate(entrypoint, input));
    }
    return findings;
  }
};

// src/engine/check.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { relative, resolve, sep as sep2 } from "node:path";

// src/findings/finding.ts
import { createHash } from "node:crypto";
function renderMessage(template, params = {}) {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name) => {
    const value2 = params[name];
    if (value2 === void 0) return whole;
    return typeof value2 === "string" ? value2 : JSON.stringify(value2);
  });
}
function fingerprint(ruleId, file, resource, path3) {
  return createHash("sha256").update(JSON.stringify([ruleId, file, resource, path3])).digest("hex").slice(0, 32);
}
function compareFindings(a, b) {
  return compare(a.location.file, b.location.file) || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/formats/arm/index.ts
import path2 from "node:path";

// src/formats/arm/images.ts
var FX_VERSIONS = ["linuxFxVersion", "windowsFxVersion"];
var FX_DOCKER = /^docker\|/i;
function dict(value2) {
  return value2 && typeof value2 === "object" && !Array.isArray(value2) ? value2 : void 0;
}
function list(value2) {
  return Array.isArray(value2) ? value2 : [];
}
function text(value2) {
  if (typeof value2 === "string") return value2;
  const unknown = dict(value2)?.["$unknown"];
  return typeof unknown === "string" ? unknown : void 0;
}
function deployedImages(document2) {
  const images = [];
  document2.resources.forEach((resource, index) => {
    const type = typeof resource.type === "string" ? resource.type.toLowerCase() : "";
    const properties = dict(resource["properties"]) ?? {};
    const add = (reference, path3) => {
      if (reference) images.push({ reference, path: ["resources", index, "properties", ...path3] });
    };
    if (type === "microsoft.containerinstance/containergroups") {
      for (const key2 of ["initContainers", "containers"]) {
        list(properties[key2]).forEach((container, i) => add(text(dict(dict(container)?.["properties"])?.["image"]), [key2, i, "properties", "image"]));
      }
    }
    if (type === "microsoft.app/containerapps" || type === "microsoft.app/jobs") {
      const template = dict(properties["template"]);
      for (const key2 of ["initContainers", "containers"]) {
        list(template?.[key2]).forEach((container, i) => add(text(dict(container)?.["image"]), ["template", key2, i, "image"]));
      }
    }
    if (type.startsWith("microsoft.web/sites")) {
      const base = type.endsWith("/config") ? [] : ["siteConfig"];
      const config = type.endsWith("/config") ? properties : dict(properties["siteConfig"]);
      for (const key2 of FX_VERSIONS) {
        const fx = text(config?.[key2]);
        if (fx && FX_DOCKER.test(fx)) add(fx.slice("DOCKER|".length), [...base, key2]);
      }
    }
  });
  return images;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value2 = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value3 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value3 = value3 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value3 = value3 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value3 = value3 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value3 = -1;
    }
    return value3;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value2 = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value2 = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value2 += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value2 += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value2 += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value2 = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value2 = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value2 = text2.substring(start, pos);
          return token = 13;
        }
        value2 += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value2 += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value2 += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value2 = text2.substring(tokenOffset, pos);
          switch (value2) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value2 += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value2,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value2, offset, length) => {
      onValue({ type: getNodeType(value2), offset, length, parent: currentParent, value: value2 });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep3, offset, length) => {
      if (currentParent.type === "property") {
        if (sep3 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep3 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value2 = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value2);
    } else {
      onObjectProperty(value2);
      _jsonPath.push(value2);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value2 = Number(tokenValue);
        if (isNaN(value2)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value2 = 0;
        }
        onLiteralValue(value2);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value2) {
  switch (typeof value2) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value2) {
        return "null";
      } else if (Array.isArray(value2)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/formats/source.ts
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  starts;
  lineStarts() {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }
  position(offset) {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  span(start, end) {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }
};
function pathKey(path3) {
  return path3.join("\0");
}

// src/formats/types.ts
var InputError = class extends Error {
  constructor(file, message, line, column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "InputError";
  }
  file;
  line;
  column;
  toString() {
    const at3 = this.line ? `:${this.line}${this.column ? `:${this.column}` : ""}` : "";
    return `${this.file}${at3}: ${this.message}`;
  }
};

// src/formats/arm/jsonc.ts
var STAND_INS = ["\uE000", "\uE001"];
function loadJson(text2, file) {
  const { prepared, restore } = protectLineBreaks(text2);
  const errors = [];
  let root;
  try {
    root = parseTree2(prepared, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(file, "JSON nesting is too deep");
    throw error;
  }
  const lines = new LineIndex(text2);
  const first = errors[0];
  if (first || !root) {
    const at3 = lines.position(first?.offset ?? 0);
    throw new InputError(file, `invalid JSON: ${first ? printParseErrorCode(first.error) : "empty file"}`, at3.line, at3.column);
  }
  const value2 = (node) => {
    switch (node.type) {
      case "object": {
        const out = {};
        for (const property2 of node.children ?? []) {
          const [key2, child] = property2.children ?? [];
          if (key2 && child) out[restore(String(key2.value))] = value2(child);
        }
        return out;
      }
      case "array":
        return (node.children ?? []).map(value2);
      case "string":
        return restore(node.value);
      default:
        return node.value;
    }
  };
  return {
    file,
    root,
    lines,
    value: value2,
    span(node) {
      const whole = node.parent?.type === "property" ? node.parent : node;
      return lines.span(whole.offset, whole.offset + whole.length);
    }
  };
}
function protectLineBreaks(text2) {
  if (text2.includes(STAND_INS[0]) || text2.includes(STAND_INS[1])) return { prepared: text2, restore: (s) => s };
  let out;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      else if (c === "\n" || c === "\r") {
        (out ??= []).push(text2.slice(start, i), c === "\n" ? STAND_INS[0] : STAND_INS[1]);
        start = i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === "/" && text2[i + 1] === "/") {
      const end = text2.indexOf("\n", i);
      i = end === -1 ? text2.length : end;
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      i = end === -1 ? text2.length : end + 1;
    }
  }
  if (!out) return { prepared: text2, restore: (s) => s };
  out.push(text2.slice(start));
  return {
    prepared: out.join(""),
    restore: (s) => s.includes(STAND_INS[0]) || s.includes(STAND_INS[1]) ? s.replaceAll(STAND_INS[0], "\n").replaceAll(STAND_INS[1], "\r") : s
  };
}
function property(node, name) {
  if (node?.type !== "object") return void 0;
  const lower = name.toLowerCase();
  let found;
  for (const entry2 of node.children ?? []) {
    const key2 = entry2.children?.[0];
    if (key2 && String(key2.value).toLowerCase() === lower) found = entry2.children?.[1];
  }
  return found;
}
function entries(node, source) {
  if (node?.type !== "object") return [];
  const out = [];
  for (const entry2 of node.children ?? []) {
    const [key2, child] = entry2.children ?? [];
    if (key2 && child) out.push([source.value(key2), child]);
  }
  return out;
}

// src/formats/arm/parameters.ts
import path from "node:path";
var NAMED_PARAMETERS = /^(.+)\.parameters(?:\.[^.]+)?\.json$/i;
function templateNamesFor(parametersName) {
  const match = NAMED_PARAMETERS.exec(parametersName);
  if (match) return [`${match[1]}.json`];
  return parametersName.toLowerCase() === "parameters.json" ? ["template.json"] : [];
}
function readParameters(source) {
  const parameters = property(source.root, "parameters");
  if (parameters && parameters.type !== "object") throw at(source, parameters, '"parameters" must be an object');
  const values = /* @__PURE__ */ new Map();
  for (const [name, entry2] of entries(parameters, source)) {
    if (entry2.type !== "object" || !property(entry2, "value") && !property(entry2, "reference")) {
      throw at(source, entry2, `parameter '${name}' must be an object with "value" or a Key Vault "reference"`);
    }
    values.set(name.toLowerCase(), entry2);
  }
  return { source, entries: values };
}
function at(source, node, message) {
  const span = source.span(node);
  return new InputError(source.file, message, span.startLine, span.startColumn);
}
function declaredParameters(template) {
  return new Set(entries(property(template.root, "parameters"), template).map(([name]) => name.toLowerCase()));
}
function explicitParameterFiles(context) {
  const given = context.options["parameters"];
  const list2 = Array.isArray(given) ? given : typeof given === "string" ? [given] : [];
  return list2.filter((p) => typeof p === "string").map((p) => path.resolve(context.cwd, p));
}
function reported(absolute, cwd) {
  const relative2 = path.relative(cwd, absolute);
  return relative2 && !relative2.startsWith("..") && !path.isAbsolute(relative2) ? relative2 : absolute;
}
function parametersFor(template, templateFile, context) {
  const declared = declaredParameters(template);
  const load = (absolute2) => {
    const file = reported(absolute2, context.cwd);
    return readParameters(loadJson(context.readFile(absolute2, template.file), file));
  };
  const explicit = explicitParameterFiles(context).map(load).filter((values) => [...values.entries.keys()].every((name2) => declared.has(name2)));
  if (explicit.length) return explicit;
  const absolute = path.resolve(context.cwd, templateFile);
  const dir = path.dirname(absolute);
  const name = path.basename(absolute);
  const paired = (context.listDir(dir) ?? []).filter((entry2) => templateNamesFor(entry2).includes(name)).sort();
  return paired.map((entry2) => {
    const values = load(path.join(dir, entry2));
    for (const [key2, node] of values.entries) {
      if (!declared.has(key2)) throw at(values.source, node.parent ?? node, `parameter '${String(values.source.value(node.parent?.children?.[0] ?? node))}' is not declared in ${template.file}`);
    }
    return values;
  });
}
function checkParametersFileIsPaired(file, context) {
  const absolute = path.resolve(context.cwd, file);
  if (explicitParameterFiles(context).includes(absolute)) return;
  const dir = path.dirname(absolute);
  const present = new Set(context.listDir(dir) ?? []);
  const candidates = templateNamesFor(path.basename(absolute));
  if (candidates.some((name) => present.has(name))) return;
  const expected = candidates.length ? `${candidates.join(" or ")} beside it` : "a template named <name>.json beside it as <name>.parameters.json";
  throw new InputError(file, `no template found for this parameters file: expected ${expected}, or pass it with --parameters`);
}

// src/formats/arm/expression.ts
var ExpressionError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ExpressionError";
  }
  offset;
};
function isExpression(value2) {
  return value2.length >= 2 && value2.startsWith("[") && value2.endsWith("]") && !value2.startsWith("[[");
}
function unescapeLiteral(value2) {
  return value2.startsWith("[[") ? value2.slice(1) : value2;
}
var cache = /* @__PURE__ */ new Map();
function parseExpression(text2) {
  let expr = cache.get(text2);
  if (!expr) {
    expr = new Parser(text2).parse();
    if (cache.size > 1e4) cache.clear();
    cache.set(text2, expr);
  }
  return expr;
}
var Parser = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  at = 0;
  parse() {
    const expr = this.expression();
    this.space();
    if (this.at < this.text.length) throw new ExpressionError(`unexpected '${this.text[this.at]}'`, this.at);
    return expr;
  }
  space() {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }
  expression() {
    let expr = this.primary();
    for (; ; ) {
      this.space();
      const c = this.text[this.at];
      if (c === ".") {
        this.at++;
        this.space();
        const name = this.identifier();
        expr = { kind: "member", target: expr, name, start: expr.start, end: this.at };
      } else if (c === "[") {
        this.at++;
        const index = this.expression();
        this.expect("]");
        expr = { kind: "index", target: expr, index, start: expr.start, end: this.at };
      } else return expr;
    }
  }
  primary() {
    this.space();
    const start = this.at;
    const c = this.text[this.at];
    if (c === void 0) throw new ExpressionError("expression ends too early", this.at);
    if (c === "'") return { kind: "literal", value: this.string(), start, end: this.at };
    if (/[-0-9]/.test(c)) {
      const match = /^-?\d+/.exec(this.text.slice(this.at));
      if (!match) throw new ExpressionError(`invalid number`, this.at);
      this.at += match[0].length;
      return { kind: "literal", value: Number(match[0]), start, end: this.at };
    }
    let name = this.identifier();
    this.space();
    if (this.text[this.at] === ".") {
      const save = this.at;
      this.at++;
      this.space();
      const member = this.identifier();
      this.space();
      if (this.text[this.at] !== "(") throw new ExpressionError(`'${name}' must be a function call`, save);
      name = `${name}.${member}`;
    }
    if (this.text[this.at] !== "(") {
      const lower = name.toLowerCase();
      if (lower === "true" || lower === "false") return { kind: "literal", value: lower === "true", start, end: this.at };
      if (lower === "null") return { kind: "literal", value: null, start, end: this.at };
      throw new ExpressionError(`'${name}' must be a function call`, start);
    }
    this.at++;
    const args = [];
    this.space();
    if (this.text[this.at] === ")") this.at++;
    else {
      for (; ; ) {
        args.push(this.expression());
        this.space();
        const next = this.text[this.at];
        this.at++;
        if (next === ")") break;
        if (next !== ",") throw new ExpressionError(`expected ',' or ')' in the arguments of ${name}()`, this.at - 1);
      }
    }
    return { kind: "call", name, args, start, end: this.at };
  }
  identifier() {
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at));
    if (!match) throw new ExpressionError(this.at < this.text.length ? `unexpected '${this.text[this.at]}'` : "expression ends too early", this.at);
    this.at += match[0].length;
    return match[0];
  }
  string() {
    let out = "";
    this.at++;
    for (; ; ) {
      const end = this.text.indexOf("'", this.at);
      if (end === -1) throw new ExpressionError("unterminated string", this.at);
      out += this.text.slice(this.at, end);
      this.at = end + 1;
      if (this.text[this.at] !== "'") return out;
      out += "'";
      this.at++;
    }
  }
  expect(c) {
    this.space();
    if (this.text[this.at] !== c) throw new ExpressionError(`expected '${c}'`, this.at);
    this.at++;
  }
};

// src/formats/arm/hash.ts
import { createHash as createHash2 } from "node:crypto";
var BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
var ARM_NAMESPACE = "11fb06fb-712d-4ddd-98c7-e71bbd588830";
function uniqueString(args) {
  let hash = murmur64(Buffer.from(args.join("-"), "utf8"));
  let out = "";
  for (let i = 0; i < 13; i++) {
    out += BASE32[Number(hash >> 59n)];
    hash = hash << 5n & 0xffffffffffffffffn;
  }
  return out;
}
function guid(args) {
  return uuidV5(ARM_NAMESPACE, args.join("-"));
}
function uuidV5(namespace, name) {
  const sha = createHash2("sha1").update(Buffer.from(namespace.replaceAll("-", ""), "hex")).update(Buffer.from(name, "utf8")).digest();
  sha[6] = sha[6] & 15 | 80;
  sha[8] = sha[8] & 63 | 128;
  const hex = sha.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var rotl = (x, r) => (x << r | x >>> 32 - r) >>> 0;
var mul = (a, b) => Math.imul(a, b) >>> 0;
var C1 = 597399067;
var C2 = 2869860233;
function word(bytes, at3, length) {
  let k = 0;
  for (let j = length - 1; j >= 0; j--) k = (k << 8 | bytes[at3 + j]) >>> 0;
  return k;
}
function fmix(h) {
  h = mul(h ^ h >>> 16, 2246822507);
  h = mul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function murmur64(bytes) {
  const length = bytes.length;
  let h1 = 0;
  let h2 = 0;
  let i = 0;
  for (; i + 7 < length; i += 8) {
    const k1 = mul(rotl(mul(word(bytes, i, 4), C1), 15), C2);
    h1 = mul(rotl((h1 ^ k1) >>> 0, 19) + h2 >>> 0, 5) + 1444728091 >>> 0;
    const k2 = mul(rotl(mul(word(bytes, i + 4, 4), C2), 17), C1);
    h2 = mul(rotl((h2 ^ k2) >>> 0, 13) + h1 >>> 0, 5) + 197830471 >>> 0;
  }
  const tail = length - i;
  if (tail > 0) {
    h1 = (h1 ^ mul(rotl(mul(word(bytes, i, Math.min(tail, 4)), C1), 15), C2)) >>> 0;
    if (tail > 4) h2 = (h2 ^ mul(rotl(mul(word(bytes, i + 4, tail - 4), C2), 17), C1)) >>> 0;
  }
  h1 = (h1 ^ length) >>> 0;
  h2 = (h2 ^ length) >>> 0;
  h1 = h1 + h2 >>> 0;
  h2 = h2 + h1 >>> 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 = h1 + h2 >>> 0;
  h2 = h2 + h1 >>> 0;
  return BigInt(h2) << 32n | BigInt(h1);
}

// src/formats/arm/unknown.ts
var Unknown = class {
  $unknown;
  constructor(expression) {
    this.$unknown = expression;
  }
};
function isUnknown(value2) {
  return value2 instanceof Unknown;
}
function hasUnknown(value2) {
  if (value2 instanceof Unknown) return true;
  if (Array.isArray(value2)) return value2.some(hasUnknown);
  if (value2 && typeof value2 === "object") return Object.values(value2).some(hasUnknown);
  return false;
}
function countUnknown(value2) {
  if (value2 instanceof Unknown) return 1;
  if (Array.isArray(value2)) return value2.reduce((n, item) => n + countUnknown(item), 0);
  if (value2 && typeof value2 === "object") return Object.values(value2).reduce((n, item) => n + countUnknown(item), 0);
  return 0;
}

// src/formats/arm/values.ts
var EvalError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EvalError";
  }
};
function isObject(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2) && !(value2 instanceof Unknown);
}
function typeName(value2) {
  if (value2 === null || value2 === void 0) return "null";
  if (Array.isArray(value2)) return "array";
  if (Number.isInteger(value2)) return "int";
  return typeof value2;
}
function expectString(fn2, value2, position = 1) {
  if (typeof value2 !== "string") throw new EvalError(`${fn2}() expects a string as argument ${position}, got ${typeName(value2)}`);
  return value2;
}
function expectInt(fn2, value2, position = 1) {
  if (typeof value2 !== "number" || !Number.isInteger(value2)) throw new EvalError(`${fn2}() expects an integer as argument ${position}, got ${typeName(value2)}`);
  return value2;
}
function expectArray(fn2, value2, position = 1) {
  if (!Array.isArray(value2)) throw new EvalError(`${fn2}() expects an array as argument ${position}, got ${typeName(value2)}`);
  return value2;
}
function expectObject(fn2, value2, position = 1) {
  if (!isObject(value2)) throw new EvalError(`${fn2}() expects an object as argument ${position}, got ${typeName(value2)}`);
  return value2;
}
function expectBool(fn2, value2, position = 1) {
  if (typeof value2 !== "boolean") throw new EvalError(`${fn2}() expects a boolean as argument ${position}, got ${typeName(value2)}`);
  return value2;
}
function expectArity(fn2, args, min, max = min) {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`${fn2}() expects ${expected} argument${min === 1 && max === 1 ? "" : "s"}, got ${args.length}`);
  }
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key2) => key2 in b && deepEqual(a[key2], b[key2]));
  }
  return false;
}
function toText(value2) {
  if (typeof value2 === "string") return value2;
  if (value2 === null || value2 === void 0) return "";
  if (typeof value2 === "boolean") return value2 ? "True" : "False";
  if (typeof value2 === "number") return String(value2);
  return JSON.stringify(value2);
}
function getProperty(object, name) {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key2 = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key2 === void 0 ? void 0 : object[key2];
}

// src/formats/arm/functions.ts
var fn = (call, unknowns) => ({ call, unknowns });
function textOrArray(name, value2) {
  if (typeof value2 === "string" || Array.isArray(value2)) return value2;
  throw new EvalError(`${name}() expects a string or an array`);
}
function compare2(name, args) {
  expectArity(name, args, 2);
  const [a, b] = args;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  throw new EvalError(`${name}() compares two integers or two strings`);
}
function unionOf(a, b) {
  if (isObject(a) && isObject(b)) {
    const out = { ...a };
    for (const [key2, value2] of Object.entries(b)) out[key2] = isObject(out[key2]) && isObject(value2) ? unionOf(out[key2], value2) : value2;
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out = [];
    for (const item of [...a, ...b]) if (!out.some((x) => deepEqual(x, item))) out.push(item);
    return out;
  }
  throw new EvalError("union() expects all arguments to be arrays or all to be objects");
}
function intersectionOf(a, b) {
  if (isObject(a) && isObject(b)) {
    return Object.fromEntries(Object.entries(a).filter(([key2, value2]) => key2 in b && deepEqual(value2, b[key2])));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out = [];
    for (const item of a) if (b.some((x) => deepEqual(x, item)) && !out.some((x) => deepEqual(x, item))) out.push(item);
    return out;
  }
  throw new EvalError("intersection() expects all arguments to be arrays or all to be objects");
}
function formatText(template, values) {
  return template.replace(/\{\{|\}\}|\{(\d+)(?:,(-?\d+))?(?::([^}]*))?\}/g, (whole, index, align, spec) => {
    if (whole === "{{") return "{";
    if (whole === "}}") return "}";
    const i = Number(index);
    if (i >= values.length) throw new EvalError(`format() has no argument {${i}}`);
    let text2 = formatValue(values[i], spec);
    if (align) {
      const width = Number(align);
      text2 = width < 0 ? text2.padEnd(-width) : text2.padStart(width);
    }
    return text2;
  });
}
function formatValue(value2, spec) {
  if (!spec || typeof value2 !== "number") return toText(value2);
  const letter = spec[0].toUpperCase();
  const digits = spec.length > 1 ? Number(spec.slice(1)) : void 0;
  switch (letter) {
    case "N":
      return value2.toLocaleString("en-US", { minimumFractionDigits: digits ?? 2, maximumFractionDigits: digits ?? 2 });
    case "F":
      return value2.toFixed(digits ?? 2);
    case "D":
      return (value2 < 0 ? "-" : "") + String(Math.abs(value2)).padStart(digits ?? 0, "0");
    case "X": {
      const hex = (value2 >>> 0).toString(16).padStart(digits ?? 0, "0");
      return spec[0] === "X" ? hex.toUpperCase() : hex;
    }
    default:
      throw new EvalError(`format() does not support the format specifier '${spec}'`);
  }
}
function parseJsonText(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    try {
      return JSON.parse(text2.replace(/'((?:[^'\\]|\\.)*)'/g, (_, body) => JSON.stringify(body.replace(/\\'/g, "'"))));
    } catch {
      throw new EvalError(`json() cannot parse ${JSON.stringify(text2.length > 60 ? `${text2.slice(0, 60)}...` : text2)}`);
    }
  }
}
function resourcePath(fnName, type, names) {
  const [namespace, ...types] = type.split("/");
  if (!namespace || types.length === 0) throw new EvalError(`${fnName}() needs a resource type of the form Namespace/type, got '${type}'`);
  if (names.length !== types.length) {
    throw new EvalError(`${fnName}() got ${names.length} name${names.length === 1 ? "" : "s"} for resource type '${type}', which needs ${types.length}`);
  }
  return [namespace, ...types.flatMap((t, i) => [t, expectString(fnName, names[i], i + 2)])].join("/");
}
var subscriptionPrefix = (subscriptionId) => `/subscriptions/${subscriptionId}`;
var resourceGroupId = (subscriptionId, resourceGroup) => `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
var managementGroupPrefix = (group) => `/providers/Microsoft.Management/managementGroups/${group}`;
function typeIndex(fnName, args) {
  const index = args.findIndex((arg) => typeof arg === "string" && arg.includes("/"));
  if (index === -1) throw new EvalError(`${fnName}() needs a resource type argument`);
  return index;
}
function resourceId(args, target) {
  const at3 = typeIndex("resourceId", args);
  if (at3 > 2) throw new EvalError("resourceId() takes at most a subscription ID and a resource group name before the resource type");
  const leading = args.slice(0, at3).map((arg, i) => expectString("resourceId", arg, i + 1));
  const path3 = resourcePath("resourceId", args[at3], args.slice(at3 + 1));
  const subscriptionId = at3 === 2 ? leading[0] : target.subscriptionId;
  const group = at3 === 2 ? leading[1] : at3 === 1 ? leading[0] : void 0;
  if (group === void 0) {
    if (target.scope === "subscription") return `${subscriptionPrefix(subscriptionId)}/providers/${path3}`;
    if (target.scope === "managementGroup") return `${managementGroupPrefix(target.managementGroup)}/providers/${path3}`;
    if (target.scope === "tenant") return `/providers/${path3}`;
  }
  return `${resourceGroupId(subscriptionId, group ?? target.resourceGroup)}/providers/${path3}`;
}
function subscriptionResourceId(args, target) {
  const at3 = typeIndex("subscriptionResourceId", args);
  if (at3 > 1) throw new EvalError("subscriptionResourceId() takes at most a subscription ID before the resource type");
  const subscriptionId = at3 === 1 ? expectString("subscriptionResourceId", args[0]) : target.subscriptionId;
  return `${subscriptionPrefix(subscriptionId)}/providers/${resourcePath("subscriptionResourceId", args[at3], args.slice(at3 + 1))}`;
}
function managementGroupResourceId(args, target) {
  const at3 = typeIndex("managementGroupResourceId", args);
  const group = at3 === 1 ? expectString("managementGroupResourceId", args[0]) : target.managementGroup;
  return `${managementGroupPrefix(group)}/providers/${resourcePath("managementGroupResourceId", args[at3], args.slice(at3 + 1))}`;
}
var placeholders = {
  resourceGroup: (t) => ({
    id: resourceGroupId(t.subscriptionId, t.resourceGroup),
    name: t.resourceGroup,
    type: "Microsoft.Resources/resourceGroups",
    location: t.location,
    managedBy: null,
    tags: {},
    properties: { provisioningState: "Succeeded" }
  }),
  subscription: (t) => ({
    id: subscriptionPrefix(t.subscriptionId),
    subscriptionId: t.subscriptionId,
    tenantId: t.tenantId,
    displayName: "subscription"
  }),
  tenant: (t) => ({ id: `/tenants/${t.tenantId}`, tenantId: t.tenantId, countryCode: "US", displayName: "tenant" }),
  managementGroup: (t) => ({
    id: managementGroupPrefix(t.managementGroup),
    name: t.managementGroup,
    type: "Microsoft.Management/managementGroups",
    properties: { displayName: t.managementGroup, tenantId: t.tenantId }
  }),
  deployment: (t) => ({
    name: t.deploymentName,
    properties: { templateHash: "0", parameters: {}, mode: "Incremental", provisioningState: "Accepted" }
  }),
  // The public Azure cloud, as environment() returns it there.
  environment: () => ({
    name: "AzureCloud",
    gallery: "https://gallery.azure.com/",
    graph: "https://graph.windows.net/",
    portal: "https://portal.azure.com",
    graphAudience: "https://graph.windows.net/",
    activeDirectoryDataLake: "https://datalake.azure.net/",
    batch: "https://batch.core.windows.net/",
    media: "https://rest.media.azure.net",
    sqlManagement: "https://management.core.windows.net:8443/",
    vmImageAliasDoc: "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json",
    resourceManager: "https://management.azure.com/",
    authentication: {
      loginEndpoint: "https://login.microsoftonline.com/",
      audiences: ["https://management.core.windows.net/", "https://management.azure.com/"],
      tenant: "common",
      identityProvider: "AAD"
    },
    suffixes: {
      acrLoginServer: ".azurecr.io",
      azureDatalakeAnalyticsCatalogAndJob: "azuredatalakeanalytics.net",
      azureDatalakeStoreFileSystem: "azuredatalakestore.net",
      azureFrontDoorEndpointSuffix: "azurefd.net",
      keyvaultDns: ".vault.azure.net",
      sqlServerHostname: ".database.windows.net",
      storage: "core.windows.net"
    }
  })
};
var base64 = {
  encode: (text2) => Buffer.from(text2, "utf8").toString("base64"),
  decode: (text2) => Buffer.from(text2, "base64").toString("utf8")
};
var BUILTINS = {
  // Strings
  base64: fn((a) => (expectArity("base64", a, 1), base64.encode(expectString("base64", a[0])))),
  base64tostring: fn((a) => (expectArity("base64ToString", a, 1), base64.decode(expectString("base64ToString", a[0])))),
  base64tojson: fn((a) => (expectArity("base64ToJson", a, 1), parseJsonText(base64.decode(expectString("base64ToJson", a[0]))))),
  datauri: fn((a) => (expectArity("dataUri", a, 1), `data:text/plain;charset=utf8;base64,${base64.encode(toText(a[0]))}`)),
  datauritostring: fn((a) => {
    expectArity("dataUriToString", a, 1);
    const match = /^data:[^,]*;base64,(.*)$/s.exec(expectString("dataUriToString", a[0]));
    if (!match) throw new EvalError("dataUriToString() expects a base64 data URI");
    return base64.decode(match[1]);
  }),
  endswith: fn((a) => (expectArity("endsWith", a, 2), expectString("endsWith", a[0]).toLowerCase().endsWith(expectString("endsWith", a[1], 2).toLowerCase()))),
  startswith: fn((a) => (expectArity("startsWith", a, 2), expectString("startsWith", a[0]).toLowerCase().startsWith(expectString("startsWith", a[1], 2).toLowerCase()))),
  indexof: fn((a) => (expectArity("indexOf", a, 2), indexOf("indexOf", a, false))),
  lastindexof: fn((a) => (expectArity("lastIndexOf", a, 2), indexOf("lastIndexOf", a, true))),
  format: fn((a) => {
    expectArity("format", a, 1, Infinity);
    return formatText(expectString("format", a[0]), a.slice(1));
  }),
  guid: fn((a) => (expectArity("guid", a, 1, Infinity), guid(a.map((x, i) => expectString("guid", x, i + 1))))),
  uniquestring: fn((a) => (expectArity("uniqueString", a, 1, Infinity), uniqueString(a.map((x, i) => expectString("uniqueString", x, i + 1))))),
  padleft: fn((a) => {
    expectArity("padLeft", a, 2, 3);
    const value2 = typeof a[0] === "number" ? String(a[0]) : expectString("padLeft", a[0]);
    const pad = a.length === 3 ? expectString("padLeft", a[2], 3) : " ";
    if (pad.length !== 1) throw new EvalError("padLeft() pads with a single character");
    return value2.padStart(expectInt("padLeft", a[1], 2), pad);
  }),
  replace: fn((a) => (expectArity("replace", a, 3), expectString("replace", a[0]).replaceAll(expectString("replace", a[1], 2), expectString("replace", a[2], 3)))),
  split: fn((a) => {
    expectArity("split", a, 2);
    const text2 = expectString("split", a[0]);
    const delimiters = Array.isArray(a[1]) ? a[1].map((d, i) => expectString("split", d, i + 2)) : [expectString("split", a[1], 2)];
    return delimiters.reduce((parts, d) => parts.flatMap((part) => part.split(d)), [text2]);
  }),
  substring: fn((a) => {
    expectArity("substring", a, 2, 3);
    const text2 = expectString("substring", a[0]);
    const start = expectInt("substring", a[1], 2);
    const length = a.length === 3 ? expectInt("substring", a[2], 3) : text2.length - start;
    if (start < 0 || length < 0 || start + length > text2.length) {
      throw new EvalError(`substring() range ${start}+${length} is outside the string of length ${text2.length}`);
    }
    return text2.substring(start, start + length);
  }),
  tolower: fn((a) => (expectArity("toLower", a, 1), expectString("toLower", a[0]).toLowerCase())),
  toupper: fn((a) => (expectArity("toUpper", a, 1), expectString("toUpper", a[0]).toUpperCase())),
  trim: fn((a) => (expectArity("trim", a, 1), expectString("trim", a[0]).trim())),
  uri: fn((a) => {
    expectArity("uri", a, 2);
    try {
      return new URL(expectString("uri", a[1], 2), expectString("uri", a[0])).href;
    } catch (error) {
      if (error instanceof EvalError) throw error;
      throw new EvalError(`uri() cannot combine '${String(a[0])}' and '${String(a[1])}'`);
    }
  }),
  uricomponent: fn((a) => (expectArity("uriComponent", a, 1), encodeURIComponent(expectString("uriComponent", a[0])))),
  uricomponenttostring: fn((a) => (expectArity("uriComponentToString", a, 1), decodeURIComponent(expectString("uriComponentToString", a[0])))),
  string: fn((a) => (expectArity("string", a, 1), toText(a[0]))),
  // Arrays and objects
  array: fn((a) => (expectArity("array", a, 1), Array.isArray(a[0]) ? a[0] : [a[0]]), "none"),
  concat: fn((a) => {
    if (a.length === 0) return "";
    if (a.every(Array.isArray)) return a.flat(1);
    if (a.some((x) => Array.isArray(x) || isObject(x))) throw new EvalError("concat() joins either strings or arrays");
    return a.map(toText).join("");
  }, "shallow"),
  contains: fn((a) => {
    expectArity("contains", a, 2);
    const [container, item] = a;
    if (typeof container === "string") return container.includes(toText(item));
    if (Array.isArray(container)) return container.some((x) => deepEqual(x, item));
    if (isObject(container)) return getProperty(container, expectString("contains", item, 2)) !== void 0;
    throw new EvalError("contains() looks into a string, an array or an object");
  }),
  createarray: fn((a) => [...a], "none"),
  createobject: fn((a) => {
    if (a.length % 2 !== 0) throw new EvalError("createObject() takes pairs of key and value");
    const out = {};
    for (let i = 0; i < a.length; i += 2) {
      const key2 = a[i];
      out[key2 instanceof Unknown ? `[${key2.$unknown}]` : expectString("createObject", key2, i + 1)] = a[i + 1];
    }
    return out;
  }, "none"),
  empty: fn((a) => {
    expectArity("empty", a, 1);
    const v = a[0];
    if (v === null || v === void 0) return true;
    if (typeof v === "string" || Array.isArray(v)) return v.length === 0;
    if (isObject(v)) return Object.keys(v).length === 0;
    throw new EvalError("empty() expects a string, an array, an object or null");
  }, "shallow"),
  first: fn((a) => {
    expectArity("first", a, 1);
    if (a[0] === null) return null;
    const v = textOrArray("first", a[0]);
    return typeof v === "string" ? v.slice(0, 1) : v[0] ?? null;
  }, "shallow"),
  last: fn((a) => {
    expectArity("last", a, 1);
    if (a[0] === null) return null;
    const v = textOrArray("last", a[0]);
    return typeof v === "string" ? v.slice(-1) : v[v.length - 1] ?? null;
  }, "shallow"),
  take: fn((a) => (expectArity("take", a, 2), textOrArray("take", a[0]).slice(0, Math.max(0, expectInt("take", a[1], 2)))), "shallow"),
  skip: fn((a) => (expectArity("skip", a, 2), textOrArray("skip", a[0]).slice(Math.max(0, expectInt("skip", a[1], 2)))), "shallow"),
  length: fn((a) => {
    expectArity("length", a, 1);
    const v = a[0];
    if (typeof v === "string" || Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvalError("length() expects a string, an array or an object");
  }, "shallow"),
  union: fn((a) => (expectArity("union", a, 1, Infinity), a.reduce((acc, x) => unionOf(acc, x))), "shallow"),
  intersection: fn((a) => (expectArity("intersection", a, 2, Infinity), a.reduce((acc, x) => intersectionOf(acc, x)))),
  join: fn((a) => (expectArity("join", a, 2), expectArray("join", a[0]).map(toText).join(expectString("join", a[1], 2)))),
  flatten: fn((a) => (expectArity("flatten", a, 1), expectArray("flatten", a[0]).flatMap((x, i) => expectArray("flatten", x, i + 1))), "shallow"),
  objectkeys: fn((a) => (expectArity("objectKeys", a, 1), Object.keys(expectObject("objectKeys", a[0]))), "shallow"),
  items: fn((a) => {
    expectArity("items", a, 1);
    return Object.entries(expectObject("items", a[0])).sort(([x], [y]) => x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0).map(([key2, value2]) => ({ key: key2, value: value2 }));
  }, "shallow"),
  shallowmerge: fn((a) => (expectArity("shallowMerge", a, 1), Object.assign({}, ...expectArray("shallowMerge", a[0]).map((x, i) => expectObject("shallowMerge", x, i + 1)))), "shallow"),
  tryget: fn((a) => {
    expectArity("tryGet", a, 2, Infinity);
    let v = a[0];
    for (const key2 of a.slice(1)) {
      if (v instanceof Unknown) return v;
      if (isObject(v) && typeof key2 === "string") v = getProperty(v, key2);
      else if (Array.isArray(v) && typeof key2 === "number") v = v[key2];
      else return null;
      if (v === void 0) return null;
    }
    return v;
  }, "shallow"),
  json: fn((a) => (expectArity("json", a, 1), parseJsonText(expectString("json", a[0])))),
  range: fn((a) => {
    expectArity("range", a, 2);
    const start = expectInt("range", a[0]);
    const count = expectInt("range", a[1], 2);
    if (count < 0 || count > 1e4) throw new EvalError("range() count must be between 0 and 10000");
    return Array.from({ length: count }, (_, i) => start + i);
  }),
  // Comparison and logic
  equals: fn((a) => (expectArity("equals", a, 2), deepEqual(a[0], a[1]))),
  less: fn((a) => compare2("less", a) < 0),
  lessorequals: fn((a) => compare2("lessOrEquals", a) <= 0),
  greater: fn((a) => compare2("greater", a) > 0),
  greaterorequals: fn((a) => compare2("greaterOrEquals", a) >= 0),
  not: fn((a) => (expectArity("not", a, 1), !expectBool("not", a[0]))),
  true: fn((a) => (expectArity("true", a, 0), true)),
  false: fn((a) => (expectArity("false", a, 0), false)),
  null: fn((a) => (expectArity("null", a, 0), null)),
  bool: fn((a) => {
    expectArity("bool", a, 1);
    const v = a[0];
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    if (typeof v === "string" && /^(true|false)$/i.test(v)) return v.toLowerCase() === "true";
    throw new EvalError(`bool() cannot convert ${JSON.stringify(v)}`);
  }),
  int: fn((a) => {
    expectArity("int", a, 1);
    const v = a[0];
    if (typeof v === "number") return Math.trunc(v);
    if (typeof v === "string" && /^\s*[-+]?\d+\s*$/.test(v)) return Number(v);
    throw new EvalError(`int() cannot convert ${JSON.stringify(v)}`);
  }),
  // Numbers (64-bit integers in Azure; JavaScript numbers are exact up to 2^53)
  add: fn((a) => (expectArity("add", a, 2), expectInt("add", a[0]) + expectInt("add", a[1], 2))),
  sub: fn((a) => (expectArity("sub", a, 2), expectInt("sub", a[0]) - expectInt("sub", a[1], 2))),
  mul: fn((a) => (expectArity("mul", a, 2), expectInt("mul", a[0]) * expectInt("mul", a[1], 2))),
  div: fn((a) => {
    expectArity("div", a, 2);
    const divisor = expectInt("div", a[1], 2);
    if (divisor === 0) throw new EvalError("div() by zero");
    return Math.trunc(expectInt("div", a[0]) / divisor);
  }),
  mod: fn((a) => {
    expectArity("mod", a, 2);
    const divisor = expectInt("mod", a[1], 2);
    if (divisor === 0) throw new EvalError("mod() by zero");
    return expectInt("mod", a[0]) % divisor;
  }),
  min: fn((a) => extreme("min", a, Math.min)),
  max: fn((a) => extreme("max", a, Math.max)),
  // Resource IDs and scopes
  resourceid: fn((a, t) => resourceId(a, t)),
  subscriptionresourceid: fn((a, t) => subscriptionResourceId(a, t)),
  tenantresourceid: fn((a) => `/providers/${resourcePath("tenantResourceId", expectString("tenantResourceId", a[0]), a.slice(1))}`),
  managementgroupresourceid: fn((a, t) => managementGroupResourceId(a, t)),
  extensionresourceid: fn((a) => {
    expectArity("extensionResourceId", a, 3, Infinity);
    const scope = expectString("extensionResourceId", a[0]).replace(/\/$/, "");
    return `${scope}/providers/${resourcePath("extensionResourceId", expectString("extensionResourceId", a[1], 2), a.slice(2))}`;
  }),
  resourcegroup: fn((a, t) => (expectArity("resourceGroup", a, 0), placeholders.resourceGroup(t))),
  subscription: fn((a, t) => (expectArity("subscription", a, 0), placeholders.subscription(t))),
  tenant: fn((a, t) => (expectArity("tenant", a, 0), placeholders.tenant(t))),
  managementgroup: fn((_, t) => placeholders.managementGroup(t)),
  deployment: fn((a, t) => (expectArity("deployment", a, 0), placeholders.deployment(t))),
  environment: fn((a) => (expectArity("environment", a, 0), placeholders.environment()))
};
function indexOf(name, a, last) {
  const text2 = expectString(name, a[0]).toLowerCase();
  const find = expectString(name, a[1], 2).toLowerCase();
  return last ? text2.lastIndexOf(find) : text2.indexOf(find);
}
function extreme(name, a, pick2) {
  const values = a.length === 1 && Array.isArray(a[0]) ? a[0] : a;
  if (values.length === 0) throw new EvalError(`${name}() needs at least one integer`);
  return pick2(...values.map((v, i) => expectInt(name, v, i + 1)));
}
function needsAzure(lowerName) {
  return lowerName.startsWith("list") || ["reference", "newguid", "utcnow", "pickzones", "providers", "datetimeadd", "datetimefromepoch", "datetimetoepoch", "getsecret", "loadtextcontent", "loadfileasbase64", "loadjsoncontent"].includes(lowerName);
}

// src/formats/arm/evaluate.ts
var MAX_COPY = 800;
var Binding = class {
  constructor(name, secure, compute, evaluator) {
    this.name = name;
    this.secure = secure;
    this.compute = compute;
    this.evaluator = evaluator;
  }
  name;
  secure;
  compute;
  evaluator;
  state = "new";
  resolved;
  origins = [];
  get value() {
    this.resolve();
    return this.resolved;
  }
  get related() {
    this.resolve();
    return this.origins;
  }
  resolve() {
    if (this.state === "done") return;
    if (this.state === "busy") throw new EvalError(`parameter '${this.name}' refers to itself`);
    this.state = "busy";
    const [{ value: value2, related }, reads] = this.evaluator.collect(() => this.compute());
    this.resolved = value2;
    this.origins = [...related, ...reads.flatMap((read) => read.related)];
    this.state = "done";
  }
};
var at2 = (out, key2) => out && { path: [...out.path, key2], record: out.record };
var Lambda = class {
  constructor(names, body, scope, text2) {
    this.names = names;
    this.body = body;
    this.scope = scope;
    this.text = text2;
  }
  names;
  body;
  scope;
  text;
};
var Evaluator = class {
  /** Names of functions the evaluator does not know; their results are unknown. */
  unsupported = /* @__PURE__ */ new Set();
  collectors = [];
  /** Runs `fn`, returning its result and the parameters it read. */
  collect(fn2) {
    const reads = /* @__PURE__ */ new Set();
    this.collectors.push(reads);
    try {
      return [fn2(), [...reads]];
    } finally {
      this.collectors.pop();
      const outer = this.collectors[this.collectors.length - 1];
      if (outer) for (const read of reads) outer.add(read);
    }
  }
  /** Attributes parameter reads to the value being evaluated. */
  addReads(bindings) {
    const top = this.collectors[this.collectors.length - 1];
    if (top) for (const binding of bindings) top.add(binding);
  }
  /** Evaluates a JSON node deeply; `out` receives the source node of every value it produces. */
  value(node, scope, out) {
    switch (node.type) {
      case "string": {
        const raw2 = scope.source.value(node);
        if (!isExpression(raw2)) {
          out?.record(out.path, node, []);
          return unescapeLiteral(raw2);
        }
        const [value2, reads] = this.collect(() => this.text(raw2, node, scope));
        out?.record(out.path, node, reads);
        return value2;
      }
      case "object": {
        out?.record(out.path, node, []);
        const result = {};
        for (const [key2, child] of entries(node, scope.source)) {
          const loops = key2.toLowerCase() === "copy" ? copySpecs(child, scope) : void 0;
          if (loops) {
            for (const loop of loops) result[loop.name] = this.propertyLoop(loop, scope, at2(out, loop.name));
            continue;
          }
          const name = isExpression(key2) ? this.key(key2, child, scope) : unescapeLiteral(key2);
          result[name] = this.value(child, scope, at2(out, name));
        }
        return result;
      }
      case "array":
        out?.record(out.path, node, []);
        return (node.children ?? []).map((child, i) => this.value(child, scope, at2(out, i)));
      default:
        out?.record(out.path, node, []);
        return scope.source.value(node);
    }
  }
  /** A property name written as an expression, e.g. tags {"[concat('hidden-link:', ...)]": ...}. */
  key(key2, child, scope) {
    const value2 = this.text(key2, child.parent ?? child, scope);
    if (typeof value2 === "string") return value2;
    if (isUnknown(value2)) return key2;
    throw this.error(scope, child.parent ?? child, `property name ${key2} evaluates to ${typeName(value2)}, not a string`);
  }
  /** Evaluates a copy loop's instances: `each(i)` builds instance i in a scope where copyIndex(name) is i. */
  loop(count, name, node, scope, each) {
    if (isUnknown(count)) return [each(withCopy(scope, name, count), 0)];
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
      throw this.error(scope, node, `copy count of '${name}' must be a non-negative integer, got ${JSON.stringify(count)}`);
    }
    if (count > MAX_COPY) throw this.error(scope, node, `copy count of '${name}' is ${count}; Azure allows at most ${MAX_COPY}`);
    return Array.from({ length: count }, (_, i) => each(withCopy(scope, name, i), i));
  }
  propertyLoop(loop, scope, out) {
    if (out) out.record(out.path, loop.node, []);
    const count = this.value(loop.count, scope);
    return this.loop(count, loop.name, loop.node, scope, (inner, i) => this.value(loop.input, inner, at2(out, i)));
  }
  /** Evaluates a template string: an expression "[...]" or a literal. */
  text(raw2, node, scope) {
    if (!isExpression(raw2)) return unescapeLiteral(raw2);
    const body = raw2.slice(1, -1);
    try {
      return this.expr(parseExpression(body), scope, body);
    } catch (error) {
      if (error instanceof ExpressionError || error instanceof EvalError) {
        const where = error instanceof ExpressionError ? ` at character ${error.offset + 2}` : "";
        throw this.error(scope, node, `${error.message}${where} in ${JSON.stringify(raw2.length > 200 ? `${raw2.slice(0, 200)}...` : raw2)}`);
      }
      throw error;
    }
  }
  error(scope, node, message) {
    const span = scope.source.span(node);
    return new InputError(scope.source.file, message, span.startLine, span.startColumn);
  }
  expr(e, scope, text2) {
    const source = () => text2.slice(e.start, e.end);
    switch (e.kind) {
      case "literal":
        return e.value;
      case "member": {
        const target = this.expr(e.target, scope, text2);
        if (isUnknown(target)) return new Unknown(source());
        if (!isObject(target)) throw new EvalError(`cannot read property '${e.name}' of ${typeName(target)}`);
        const value2 = getProperty(target, e.name);
        if (value2 === void 0) throw new EvalError(`property '${e.name}' does not exist; available: ${Object.keys(target).join(", ") || "none"}`);
        return value2;
      }
      case "index": {
        const target = this.expr(e.target, scope, text2);
        const index = this.expr(e.index, scope, text2);
        if (isUnknown(target) || isUnknown(index)) return new Unknown(source());
        if (Array.isArray(target) && typeof index === "number") {
          if (index < 0 || index >= target.length) throw new EvalError(`index ${index} is outside the array of length ${target.length}`);
          return target[index];
        }
        if (isObject(target) && typeof index === "string") {
          const value2 = getProperty(target, index);
          if (value2 === void 0) throw new EvalError(`property '${index}' does not exist`);
          return value2;
        }
        throw new EvalError(`cannot index ${typeName(target)} with ${typeName(index)}`);
      }
      case "call":
        return this.call(e, scope, text2, source());
    }
  }
  call(e, scope, text2, source) {
    const name = e.name.toLowerCase();
    const args = () => e.args.map((arg) => this.expr(arg, scope, text2));
    switch (name) {
      case "if": {
        if (e.args.length !== 3) throw new EvalError("if() expects 3 arguments");
        const condition = this.expr(e.args[0], scope, text2);
        if (isUnknown(condition)) return new Unknown(source);
        return this.expr(e.args[expectBool("if", condition) ? 1 : 2], scope, text2);
      }
      case "and":
      case "or": {
        const values2 = args();
        if (values2.length < 2) throw new EvalError(`${e.name}() expects at least 2 arguments`);
        const decisive = name === "or";
        if (values2.some((v) => v === decisive)) return decisive;
        if (values2.some(isUnknown)) return new Unknown(source);
        values2.forEach((v, i) => expectBool(e.name, v, i + 1));
        return !decisive;
      }
      case "coalesce":
        for (const arg of e.args) {
          const value2 = this.expr(arg, scope, text2);
          if (isUnknown(value2)) return new Unknown(source);
          if (value2 !== null) return value2;
        }
        return null;
      case "parameters": {
        const [key2] = args();
        if (isUnknown(key2)) return new Unknown(source);
        const binding = scope.parameters.get(expectString("parameters", key2).toLowerCase());
        if (!binding) throw new EvalError(`parameter '${String(key2)}' is not declared`);
        this.addReads([binding]);
        return binding.value;
      }
      case "variables": {
        const [key2] = args();
        if (isUnknown(key2)) return new Unknown(source);
        if (!scope.variables) throw new EvalError("variables() cannot be used here");
        return scope.variables.get(expectString("variables", key2));
      }
      case "copyindex":
        return copyIndex(args(), scope, source);
      case "lambda": {
        if (e.args.length < 1) throw new EvalError("lambda() expects parameter names and a body");
        const names = e.args.slice(0, -1).map((arg) => expectString("lambda", this.expr(arg, scope, text2)));
        return new Lambda(names, e.args[e.args.length - 1], scope, text2);
      }
      case "lambdavariables": {
        const [key2] = args();
        const value2 = scope.lambda?.get(expectString("lambdaVariables", key2));
        if (value2 === void 0) throw new EvalError(`lambda variable '${String(key2)}' is not defined`);
        return value2;
      }
      case "filter":
      case "map":
      case "reduce":
      case "sort":
      case "toobject":
        return this.higherOrder(name, args(), source);
      case "resourceinfo": {
        const [key2] = args();
        const symbol = scope.symbols?.get(expectString("resourceInfo", key2).toLowerCase());
        if (!symbol) throw new EvalError(`no resource has the symbolic name '${String(key2)}'`);
        return symbol();
      }
    }
    if (name.includes(".")) return this.userFunction(name, args(), scope, source);
    if (needsAzure(name)) return new Unknown(source);
    const builtin = BUILTINS[name];
    if (!builtin) {
      this.unsupported.add(e.name);
      return new Unknown(source);
    }
    const values = args();
    const unknownArgument = builtin.unknowns === "none" ? void 0 : builtin.unknowns === "shallow" ? isUnknown : hasUnknown;
    if (unknownArgument && values.some(unknownArgument)) return new Unknown(source);
    return builtin.call(values, scope.target);
  }
  userFunction(name, values, scope, source) {
    const fn2 = scope.functions.get(name);
    if (!fn2) throw new EvalError(`user-defined function '${name}' is not declared`);
    if (values.length !== fn2.parameters.length) throw new EvalError(`${name}() expects ${fn2.parameters.length} arguments, got ${values.length}`);
    if (values.some(isUnknown)) return new Unknown(source);
    const parameters = new Map(fn2.parameters.map((p, i) => [p.toLowerCase(), new Binding(p, false, () => ({ value: values[i], related: [] }), this)]));
    return this.value(fn2.output, { source: scope.source, target: scope.target, parameters, functions: scope.functions, copy: /* @__PURE__ */ new Map() });
  }
  higherOrder(name, values, source) {
    if (values.some(isUnknown)) return new Unknown(source);
    const items = expectArray(name, values[0]);
    const lambda = values[name === "reduce" ? 2 : 1];
    const keys = name === "toobject" ? values[1] : void 0;
    if (!(lambda instanceof Lambda) && !(name === "sort" || name === "toobject")) throw new EvalError(`${name}() expects a lambda`);
    const apply2 = (fn2, ...args) => {
      if (!(fn2 instanceof Lambda)) throw new EvalError(`${name}() expects a lambda`);
      const lambdaScope = { ...fn2.scope, lambda: new Map([...fn2.scope.lambda ?? [], ...fn2.names.map((n, i) => [n, args[i]])]) };
      return this.expr(fn2.body, lambdaScope, fn2.text);
    };
    switch (name) {
      case "filter": {
        const kept = [];
        for (const [i, item] of items.entries()) {
          const keep = apply2(lambda, item, i);
          if (isUnknown(keep)) return new Unknown(source);
          if (expectBool("filter", keep)) kept.push(item);
        }
        return kept;
      }
      case "map":
        return items.map((item, i) => apply2(lambda, item, i));
      case "reduce":
        return items.reduce((acc, item, i) => apply2(lambda, acc, item, i), values[1]);
      case "sort": {
        const order = values[1];
        let unknown = false;
        const sorted = [...items].sort((a, b) => {
          const less = apply2(order, a, b);
          if (isUnknown(less)) unknown = true;
          return less === true ? -1 : apply2(order, b, a) === true ? 1 : 0;
        });
        return unknown ? new Unknown(source) : sorted;
      }
      default: {
        const out = {};
        for (const item of items) {
          const key2 = apply2(keys, item);
          if (isUnknown(key2)) return new Unknown(source);
          out[toText(key2)] = values.length > 2 ? apply2(values[2], item) : item;
        }
        return out;
      }
    }
  }
};
function withCopy(scope, name, index) {
  return { ...scope, copy: new Map(scope.copy).set(name.toLowerCase(), index) };
}
function withResourceLoop(scope, name, index) {
  return { ...scope, copy: new Map(scope.copy).set(name.toLowerCase(), index).set("", index) };
}
function copyIndex(values, scope, source) {
  if (values.length > 2) throw new EvalError("copyIndex() expects at most 2 arguments");
  const loop = typeof values[0] === "string" ? values[0] : void 0;
  const offset = values[loop === void 0 ? 0 : 1] ?? 0;
  if (isUnknown(offset)) return new Unknown(source);
  const index = scope.copy.get(loop?.toLowerCase() ?? "");
  if (index === void 0) throw new EvalError(loop ? `there is no copy loop named '${loop}' here` : "copyIndex() is used outside a copy loop");
  return isUnknown(index) ? new Unknown(source) : index + expectInt("copyIndex", offset, loop === void 0 ? 1 : 2);
}
function copySpecs(node, scope) {
  if (node.type !== "array" || !node.children?.length) return void 0;
  const specs = [];
  for (const child of node.children) {
    const name = property(child, "name");
    const count = property(child, "count");
    const input = property(child, "input");
    if (!name || name.type !== "string" || !count || !input) return void 0;
    specs.push({ name: scope.source.value(name), count, input, node: child });
  }
  return specs;
}
var Variables = class {
  constructor(node, evaluator, scope) {
    this.evaluator = evaluator;
    this.scope = scope;
    for (const [name, child] of entries(node, scope().source)) {
      const loops = name.toLowerCase() === "copy" ? copySpecs(child, scope()) : void 0;
      if (loops) {
        for (const loop of loops) {
          this.add(loop.name, () => {
            const s = this.scope();
            return evaluator.loop(evaluator.value(loop.count, s), loop.name, loop.node, s, (inner) => evaluator.value(loop.input, inner));
          });
        }
      } else this.add(name, () => evaluator.value(child, this.scope()));
    }
  }
  evaluator;
  scope;
  entries = /* @__PURE__ */ new Map();
  add(name, evaluate) {
    this.entries.set(name.toLowerCase(), { evaluate, state: "new", reads: [] });
  }
  get(name) {
    const entry2 = this.entries.get(name.toLowerCase());
    if (!entry2) throw new EvalError(`variable '${name}' is not declared`);
    if (entry2.state === "busy") throw new EvalError(`variable '${name}' refers to itself`);
    if (entry2.state === "new") {
      entry2.state = "busy";
      [entry2.value, entry2.reads] = this.evaluator.collect(() => entry2.evaluate());
      entry2.state = "done";
    } else this.evaluator.addReads(entry2.reads);
    return entry2.value;
  }
};
function userFunctions(node, source) {
  const out = /* @__PURE__ */ new Map();
  for (const group of node?.type === "array" ? node.children ?? [] : []) {
    const namespace = source.value(property(group, "namespace") ?? group);
    for (const [member, definition] of entries(property(group, "members"), source)) {
      const output = property(property(definition, "output"), "value");
      if (typeof namespace !== "string" || !output) continue;
      const parameters = (property(definition, "parameters")?.children ?? []).map((p) => String(source.value(property(p, "name") ?? p)));
      out.set(`${namespace}.${member}`.toLowerCase(), { parameters, output });
    }
  }
  return out;
}

// src/formats/arm/template.ts
var MAX_NESTING = 20;
var MAX_RESOURCES = 2e4;
var RESOURCE_FIELDS = ["apiVersion", "location", "kind", "sku", "identity", "tags", "zones", "plan", "properties", "scope", "managedBy", "extendedLocation"];
var SECURE_TYPES = /* @__PURE__ */ new Set(["securestring", "secureobject"]);
var DERIVED = /* @__PURE__ */ new Set(["id", "parent"]);
function languageVersionOf(source) {
  const node = property(source.root, "languageVersion");
  return node ? String(source.value(node)) : "1.0";
}
function targetScopeOf(schema) {
  const text2 = typeof schema === "string" ? schema.toLowerCase() : "";
  if (text2.includes("subscriptiondeploymenttemplate")) return "subscription";
  if (text2.includes("managementgroupdeploymenttemplate")) return "managementGroup";
  if (text2.includes("tenantdeploymenttemplate")) return "tenant";
  return "resourceGroup";
}
function expandTemplate(source, values, target) {
  const origins = /* @__PURE__ */ new Map();
  const evaluator = new Evaluator();
  const record = (file) => (path3, node, reads) => {
    origins.set(pathKey(path3), { node, source: file, reads });
  };
  const out = (path3, file = source) => ({ path: path3, record: record(file) });
  const root = source.root;
  const document2 = {
    languageVersion: languageVersionOf(source),
    targetScope: target.scope,
    parameters: {},
    resources: [],
    resourceIds: {},
    outputs: {}
  };
  const unresolvedParameters = [];
  const declared = [];
  const scope = templateScope(source, root, target, evaluator, (name, declaration, scopeOf) => {
    const entry2 = values?.entries.get(name.toLowerCase());
    const defaultNode = property(declaration, "defaultValue");
    const type = source.value(property(declaration, "type") ?? declaration);
    const secure = typeof type === "string" && SECURE_TYPES.has(type.toLowerCase());
    const model = { type, secure, value: void 0, source: "none" };
    document2.parameters[name] = model;
    origins.set(pathKey(["parameters", name]), { node: declaration, source, reads: [] });
    const typeNode = property(declaration, "type");
    if (typeNode) origins.set(pathKey(["parameters", name, "type"]), { node: typeNode, source, reads: [] });
    if (defaultNode) origins.set(pathKey(["parameters", name, "defaultValue"]), { node: defaultNode, source, reads: [] });
    const binding = new Binding(
      name,
      secure,
      () => {
        if (entry2 && values) {
          const reference = property(entry2, "reference");
          const at3 = { file: values.source.file, ...values.source.span(entry2), message: `parameter '${name}' is set in ${values.source.file}` };
          if (reference) {
            const secret = values.source.value(property(reference, "secretName") ?? reference);
            return { value: new Unknown(`Key Vault secret${typeof secret === "string" ? ` '${secret}'` : ""} for parameter '${name}'`), related: [at3] };
          }
          return { value: values.source.value(property(entry2, "value")), related: [at3] };
        }
        if (defaultNode) {
          return { value: evaluator.value(defaultNode, scopeOf()), related: [{ file: source.file, ...source.span(defaultNode), message: `parameter '${name}' takes its default value` }] };
        }
        unresolvedParameters.push(name);
        return { value: new Unknown(`parameters('${name}')`), related: [] };
      },
      evaluator
    );
    model.source = entry2 ? property(entry2, "reference") ? "keyVault" : "parametersFile" : defaultNode ? "default" : "none";
    declared.push({ key: name, model, defaultNode, binding, declaration });
    return binding;
  });
  for (const { key: key2, model, defaultNode, binding, declaration } of declared) {
    model.value = binding.value;
    origins.set(pathKey(["parameters", key2, "value"]), { node: declaration, source, reads: [binding] });
    if (defaultNode) model.defaultValue = model.source === "default" ? model.value : evaluator.value(defaultNode, { ...scope, variables: void 0 });
  }
  const place = (placement, node) => expandResources(node, placement);
  function expandResources(node, placement) {
    if (node?.type === "array") for (const child of node.children ?? []) expandResource(child, placement, void 0);
    else if (node?.type === "object") for (const [symbol, child] of entries(node, placement.scope.source)) expandResource(child, placement, symbol);
  }
  function expandResource(node, placement, symbol) {
    const file = placement.scope.source;
    if (file.value(property(node, "existing") ?? node) === true) return;
    const copy = property(node, "copy");
    const instances = copy?.type === "object" ? loopInstances(copy, placement.scope, node) : [placement.scope];
    for (const instance of instances) {
      const conditionNode = property(node, "condition");
      const condition = conditionNode ? evaluator.value(conditionNode, instance) : true;
      if (condition === false) continue;
      if (document2.resources.length >= MAX_RESOURCES) throw evaluator.error(instance, node, `the template expands to more than ${MAX_RESOURCES} resources`);
      const model = resourceModel(node, { ...placement, scope: instance }, symbol, condition);
      expandResources(property(node, "resources"), { ...placement, scope: instance, parent: { type: model.type, name: model.name, id: model.id } });
    }
  }
  function loopInstances(copy, scope2, resource) {
    const name = scope2.source.value(property(copy, "name") ?? copy);
    if (typeof name !== "string") throw evaluator.error(scope2, copy, "a resource copy loop needs a name");
    const countNode = property(copy, "count");
    if (!countNode) throw evaluator.error(scope2, copy, `copy loop '${name}' has no count`);
    return evaluator.loop(evaluator.value(countNode, scope2), name, resource, scope2, (s) => withResourceLoop(s, name, s.copy.get(name.toLowerCase())));
  }
  function resourceModel(node, placement, symbol, condition) {
    const { scope: s } = placement;
    const file = s.source;
    const index = document2.resources.length;
    const base = ["resources", index];
    record(file)(base, node, []);
    const typeNode = property(node, "type");
    const nameNode = property(node, "name");
    const declaredType = typeNode ? evaluator.value(typeNode, s, out([...base, "type"], file)) : void 0;
    if (typeof declaredType !== "string" || !declaredType) throw evaluator.error(s, typeNode ?? node, "a resource needs a string type");
    const relative2 = placement.parent !== void 0 && !/^[^/]+\.[^/]+\//.test(declaredType);
    const type = relative2 ? `${placement.parent.type}/${declaredType}` : declaredType;
    const declaredName = nameNode ? evaluator.value(nameNode, s, out([...base, "name"], file)) : void 0;
    if (declaredName === void 0) throw evaluator.error(s, node, `resource of type ${type} has no name`);
    const name = relative2 ? joinName(placement.parent.name, declaredName) : declaredName;
    if (nameNode) {
      for (const field of ["id", "parent"]) origins.set(pathKey([...base, field]), { node: nameNode, source: file, reads: origins.get(pathKey([...base, "name"]))?.reads ?? [] });
    }
    const model = { type, name, id: void 0 };
    document2.resources.push(model);
    if (symbol !== void 0) model["symbolicName"] = symbol;
    if (placement.deployment !== void 0) model["deployment"] = placement.deployment;
    if (isUnknown(condition)) model["condition"] = condition;
    const isDeployment = type.toLowerCase() === "microsoft.resources/deployments";
    for (const field of RESOURCE_FIELDS) {
      const child = property(node, field);
      if (!child) continue;
      const path3 = [...base, field];
      model[field] = isDeployment && field === "properties" ? deploymentProperties(child, s, path3) : evaluator.value(child, s, out(path3, file));
    }
    const locationNode = property(node, "location");
    if (locationNode) model["raw"] = { location: file.value(locationNode) };
    const dependsOn = property(node, "dependsOn");
    model["dependsOn"] = dependsOn ? dependencies(evaluator.value(dependsOn, s, out([...base, "dependsOn"], file)), s) : [];
    checkSegments(type, name, s, nameNode ?? node);
    model.id = resourceIdOf(type, name, placement.target, model["scope"]);
    const parentId = placement.parent?.id ?? parentIdOf(type, name, placement.target, model["scope"]);
    if (parentId !== void 0) model.parent = parentId;
    if (typeof model.id === "string") document2.resourceIds[model.id.toLowerCase()] ??= index;
    if (isDeployment) nestedDeployment(node, model, placement);
    return model;
  }
  function deploymentProperties(node, s, path3) {
    record(s.source)(path3, node, []);
    const result = {};
    for (const [key2, child] of entries(node, s.source)) {
      if (key2.toLowerCase() !== "template") result[key2] = evaluator.value(child, s, out([...path3, key2], s.source));
    }
    if (!property(node, "template")) result["template"] = new Unknown("linked template (templateLink) is not expanded");
    return result;
  }
  function nestedDeployment(node, model, placement) {
    const { scope: outer } = placement;
    const template = property(property(node, "properties"), "template");
    if (template?.type !== "object") return;
    if (placement.depth >= MAX_NESTING) throw evaluator.error(outer, node, `nested deployments go deeper than ${MAX_NESTING} levels`);
    const properties = isObject(model["properties"]) ? model["properties"] : {};
    const options = properties["expressionEvaluationOptions"];
    const inner = isObject(options) && typeof options["scope"] === "string" && options["scope"].toLowerCase() === "inner";
    const resourceGroup = property(node, "resourceGroup") ? evaluator.value(property(node, "resourceGroup"), outer) : void 0;
    const subscriptionId = property(node, "subscriptionId") ? evaluator.value(property(node, "subscriptionId"), outer) : void 0;
    const deployTarget = {
      ...placement.target,
      deploymentName: typeof model.name === "string" ? model.name : placement.target.deploymentName,
      ...typeof subscriptionId === "string" ? { subscriptionId, scope: typeof resourceGroup === "string" ? "resourceGroup" : "subscription" } : {},
      ...typeof resourceGroup === "string" ? { resourceGroup, scope: "resourceGroup" } : {}
    };
    const deployment = typeof model.name === "string" ? model.name : String(model.name.$unknown);
    if (!inner) {
      place({ scope: outer, target: deployTarget, deployment, depth: placement.depth + 1 }, property(template, "resources"));
      return;
    }
    const passed = property(property(node, "properties"), "parameters");
    const nestedScope = templateScope(outer.source, template, deployTarget, evaluator, (name, declaration, scopeOf) => {
      const entry2 = property(passed, name);
      const valueNode = property(entry2, "value");
      const defaultNode = property(declaration, "defaultValue");
      const type = outer.source.value(property(declaration, "type") ?? declaration);
      return new Binding(
        name,
        typeof type === "string" && SECURE_TYPES.has(type.toLowerCase()),
        () => {
          if (valueNode) return { value: evaluator.value(valueNode, outer), related: [] };
          if (entry2 && property(entry2, "reference")) return { value: new Unknown(`Key Vault secret for parameter '${name}' of deployment ${deployment}`), related: [] };
          if (defaultNode) return { value: evaluator.value(defaultNode, scopeOf()), related: [] };
          return { value: new Unknown(`parameters('${name}')`), related: [] };
        },
        evaluator
      );
    });
    place({ scope: nestedScope, target: deployTarget, deployment, depth: placement.depth + 1 }, property(template, "resources"));
  }
  function dependencies(value2, s) {
    if (!Array.isArray(value2)) return value2;
    return value2.map((item) => {
      const symbol = typeof item === "string" ? s.symbols?.get(item.toLowerCase()) : void 0;
      return symbol ? symbol()["id"] : item;
    });
  }
  place({ scope, target, depth: 0 }, property(root, "resources"));
  for (const [name, declaration] of entries(property(root, "outputs"), source)) {
    const conditionNode = property(declaration, "condition");
    if (conditionNode && evaluator.value(conditionNode, scope) === false) continue;
    origins.set(pathKey(["outputs", name]), { node: declaration, source, reads: [] });
    const valueNode = property(declaration, "value");
    const copy = property(declaration, "copy");
    const [value2, reads] = evaluator.collect(() => {
      if (valueNode) return evaluator.value(valueNode, scope, out(["outputs", name, "value"]));
      if (copy) {
        const count = evaluator.value(property(copy, "count") ?? copy, scope);
        return evaluator.loop(count, name, copy, scope, (inner) => evaluator.value(property(copy, "input") ?? copy, withResourceLoop(inner, name, inner.copy.get(name.toLowerCase()))));
      }
      return null;
    });
    document2.outputs[name] = { type: source.value(property(declaration, "type") ?? declaration), value: value2, parameters: [...new Set(reads.map((r) => r.name))] };
  }
  const lookup = (path3) => {
    for (let n = path3.length; n >= 0; n--) {
      const origin = origins.get(pathKey(path3.slice(0, n)));
      if (origin) return origin;
    }
    return void 0;
  };
  return {
    document: document2,
    locate(path3) {
      const origin = lookup(path3);
      return origin ? origin.source.span(origin.node) : source.span(root);
    },
    related(path3) {
      const seen = /* @__PURE__ */ new Set();
      return (lookup(path3)?.reads ?? []).flatMap((read) => read.related).filter((r) => {
        const key2 = `${r.file}:${r.startLine}:${r.startColumn}`;
        return !seen.has(key2) && seen.add(key2) !== void 0;
      });
    },
    unresolved: document2.resources.reduce((n, r) => n + Object.entries(r).reduce((m, [k, v]) => m + (DERIVED.has(k) ? 0 : countUnknown(v)), 0), 0) + countUnknown(Object.values(document2.outputs).map((o) => o.value)),
    unresolvedParameters,
    unsupportedFunctions: [...evaluator.unsupported].sort()
  };
}
function templateScope(source, template, target, evaluator, bind) {
  const scope = { source, target, parameters: /* @__PURE__ */ new Map(), functions: userFunctions(property(template, "functions"), source), copy: /* @__PURE__ */ new Map() };
  const parameterScope = () => ({ ...scope, variables: void 0 });
  for (const [name, declaration] of entries(property(template, "parameters"), source)) {
    scope.parameters.set(name.toLowerCase(), bind(name, declaration, parameterScope));
  }
  scope.variables = new Variables(property(template, "variables"), evaluator, () => scope);
  const resources = property(template, "resources");
  if (resources?.type === "object") {
    scope.symbols = /* @__PURE__ */ new Map();
    for (const [symbol, node] of entries(resources, source)) {
      let info;
      scope.symbols.set(symbol.toLowerCase(), () => {
        if (!info) {
          const type = evaluator.value(property(node, "type") ?? node, scope);
          const name = property(node, "copy") ? new Unknown(`name of ${symbol}`) : evaluator.value(property(node, "name") ?? node, scope);
          info = { id: typeof type === "string" ? resourceIdOf(type, name, target, void 0) : new Unknown(`resourceId of ${symbol}`), name, type, apiVersion: source.value(property(node, "apiVersion") ?? node) };
        }
        return info;
      });
    }
  }
  return scope;
}
function joinName(parent, child) {
  if (typeof parent === "string" && typeof child === "string") return `${parent}/${child}`;
  return new Unknown(`${isUnknown(parent) ? parent.$unknown : String(parent)}/${isUnknown(child) ? child.$unknown : String(child)}`);
}
function checkSegments(type, name, scope, node) {
  if (typeof name !== "string") return;
  const expected = type.split("/").length - 1;
  const actual = name.split("/").length;
  if (expected !== actual) {
    const span = scope.source.span(node);
    throw new InputError(scope.source.file, `resource name '${name}' has ${actual} segment${actual === 1 ? "" : "s"}, but type ${type} needs ${expected}`, span.startLine, span.startColumn);
  }
}
function idPath(type, name) {
  const [namespace, ...types] = type.split("/");
  const names = name.split("/");
  return [namespace, ...types.flatMap((t, i) => [t, names[i] ?? ""])].join("/");
}
function resourceIdOf(type, name, target, scope) {
  if (typeof name !== "string") return new Unknown(`resourceId('${type}', ...)`);
  if (isUnknown(scope)) return new Unknown(`resourceId('${type}', '${name}')`);
  const path3 = idPath(type, name);
  if (typeof scope === "string" && scope) {
    if (scope.startsWith("/")) return `${scope.replace(/\/$/, "")}/providers/${path3}`;
    return `${resourceGroupId(target.subscriptionId, target.resourceGroup)}/providers/${scope}/providers/${path3}`;
  }
  switch (target.scope) {
    case "subscription":
      return type.toLowerCase() === "microsoft.resources/resourcegroups" ? `/subscriptions/${target.subscriptionId}/resourceGroups/${name}` : `/subscriptions/${target.subscriptionId}/providers/${path3}`;
    case "managementGroup":
      return `/providers/Microsoft.Management/managementGroups/${target.managementGroup}/providers/${path3}`;
    case "tenant":
      return `/providers/${path3}`;
    default:
      return `${resourceGroupId(target.subscriptionId, target.resourceGroup)}/providers/${path3}`;
  }
}
function parentIdOf(type, name, target, scope) {
  const types = type.split("/");
  if (types.length <= 2) return void 0;
  if (typeof name !== "string") return new Unknown(`parent of ${type}`);
  return resourceIdOf(types.slice(0, -1).join("/"), name.split("/").slice(0, -1).join("/"), target, scope);
}

// src/formats/arm/index.ts
var JSON_FILE = /\.jsonc?$/i;
var ARM_SCHEMA = /"\$schema"\s*:\s*"[^"]*(?:deploymentTemplate|deploymentParameters)\.json/i;
var LANGUAGE_VERSION = /"languageVersion"\s*:/;
var CONTENT_VERSION = /"contentVersion"\s*:/;
var PLACEHOLDER_TARGET = {
  subscriptionId: "00000000-0000-0000-0000-000000000000",
  resourceGroup: "resourceGroup",
  location: "resourceGroupLocation",
  tenantId: "00000000-0000-0000-0000-000000000000",
  managementGroup: "managementGroup"
};
function kindOf(source) {
  if (source.root.type !== "object") throw new InputError(source.file, "an ARM template or parameters file must be a JSON object", 1, 1);
  const schema = source.value(property(source.root, "$schema") ?? source.root);
  const text2 = typeof schema === "string" ? schema.toLowerCase() : "";
  if (text2.includes("deploymentparameters")) return "parameters";
  if (text2.includes("deploymenttemplate") || property(source.root, "languageVersion")) return "template";
  throw new InputError(source.file, "not an ARM deployment template or parameters file ($schema names neither)", 1, 1);
}
function targetFor(template, file, context) {
  const option = (name) => {
    const value2 = context.options[name];
    return typeof value2 === "string" && value2 ? value2 : PLACEHOLDER_TARGET[name];
  };
  return {
    scope: targetScopeOf(template.value(property(template.root, "$schema") ?? template.root)),
    subscriptionId: option("subscriptionId"),
    resourceGroup: option("resourceGroup"),
    location: option("location"),
    tenantId: option("tenantId"),
    managementGroup: option("managementGroup"),
    // The Azure CLI names a deployment after its template file by default.
    deploymentName: path2.basename(file).replace(/\.jsonc?$/i, "")
  };
}
function documentFor(template, values, target) {
  const expansion = expandTemplate(template, values, target);
  const resourceAt = (p) => {
    const resource = p[0] === "resources" && typeof p[1] === "number" ? expansion.document.resources[p[1]] : void 0;
    if (!resource) return values ? `${template.file} with ${values.source.file}` : template.file;
    return `${resource.type}/${displayName(resource.name)}${values ? ` (${path2.basename(values.source.file)})` : ""}`;
  };
  return {
    kind: "arm",
    file: template.file,
    resource: values ? `${template.file} with ${values.source.file}` : template.file,
    document: expansion.document,
    context: {
      unresolved: expansion.unresolved,
      unresolvedParameters: expansion.unresolvedParameters,
      unsupportedFunctions: expansion.unsupportedFunctions,
      languageVersion: languageVersionOf(template),
      targetScope: target.scope,
      ...values ? { parametersFile: values.source.file } : {}
    },
    locate: (p) => expansion.locate(p),
    related: (p) => expansion.related(p),
    resourceAt,
    // The whole model, plus the images its resources run, each named by the resource that runs it,
    // the name each resource's findings carry, and the parameters file the values came from.
    facts: () => ({
      ...expansion.document,
      images: deployedImages(expansion.document).map((use) => ({ resource: resourceAt(use.path), image: use.reference })),
      resourceNames: expansion.document.resources.map((_, index) => resourceAt(["resources", index])),
      ...values ? { parametersFile: values.source.file } : {}
    })
  };
}
function displayName(name) {
  if (typeof name === "string") return name;
  const unknown = name && typeof name === "object" ? name["$unknown"] : void 0;
  return typeof unknown === "string" ? unknown : "<unknown>";
}
var arm = {
  kind: "arm",
  detect(file, text2) {
    return JSON_FILE.test(file) && (ARM_SCHEMA.test(text2) || LANGUAGE_VERSION.test(text2) && CONTENT_VERSION.test(text2));
  },
  parse(text2, file, context) {
    const source = loadJson(text2, file);
    if (kindOf(source) === "parameters") {
      checkParametersFileIsPaired(file, context);
      return [];
    }
    const target = targetFor(source, file, context);
    const pairs = parametersFor(source, file, context);
    if (pairs.length === 0) return [documentFor(source, void 0, target)];
    return pairs.map((values) => documentFor(source, values, target));
  }
};

// src/formats/dockerfile/index.ts
import { basename as basename2, extname } from "node:path";

// src/formats/dockerfile/expand.ts
var ExpansionError = class extends Error {
};
var EOF = "";
var WordLexer = class {
  constructor(text2, escape, lookup) {
    this.text = text2;
    this.escape = escape;
    this.lookup = lookup;
  }
  text;
  escape;
  lookup;
  pos = 0;
  resolved = true;
  peek() {
    return this.text[this.pos] ?? EOF;
  }
  next() {
    return this.text[this.pos++] ?? EOF;
  }
  /** Processes up to `stop` (consumed) or the end of the text. */
  word(stop = EOF) {
    let out = "";
    for (; ; ) {
      const ch = this.next();
      if (ch === EOF) {
        if (stop !== EOF) throw new ExpansionError(`missing '${stop}' in variable substitution`);
        return out;
      }
      if (stop !== EOF && ch === stop) return out;
      if (ch === "'") out += this.singleQuoted();
      else if (ch === '"') out += this.doubleQuoted();
      else if (ch === "$") out += this.dollar();
      else if (ch === this.escape) out += this.next();
      else out += ch;
    }
  }
  singleQuoted() {
    const end = this.text.indexOf("'", this.pos);
    if (end < 0) throw new ExpansionError("unexpected end of statement while looking for matching single-quote");
    const out = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return out;
  }
  doubleQuoted() {
    let out = "";
    for (; ; ) {
      const ch = this.next();
      if (ch === EOF) throw new ExpansionError("unexpected end of statement while looking for matching double-quote");
      if (ch === '"') return out;
      if (ch === "$") out += this.dollar();
      else if (ch === this.escape && ['"', "$", this.escape].includes(this.peek())) out += this.next();
      else out += ch;
    }
  }
  name() {
    const rest = this.text.slice(this.pos);
    const match = /^(?:[0-9]+|[*#@?!$-]|[A-Za-z0-9_]+)/.exec(rest);
    const name = match ? match[0] : "";
    this.pos += name.length;
    return name;
  }
  dollar() {
    if (this.peek() !== "{") {
      const name2 = this.name();
      return name2 ? this.value(name2) : "$";
    }
    this.next();
    const name = this.name();
    if (!name) throw new ExpansionError("bad substitution: expected a variable name after ${");
    const binding = this.lookup(name);
    const op = this.next();
    if (op === "}") return this.value(name);
    if (op === EOF) throw new ExpansionError(`missing '}' in variable substitution of ${name}`);
    if (op === ":" || op === "-" || op === "+" || op === "?") {
      const colon = op === ":";
      const modifier = colon ? this.next() : op;
      if (!["-", "+", "?"].includes(modifier)) throw new ExpansionError(`unsupported modifier (${op}${modifier}) in substitution of ${name}`);
      const word2 = this.word("}");
      if (binding.kind === "unknown") return this.unknown();
      const isSet = binding.kind === "set" && (!colon || binding.value !== "");
      if (modifier === "-") return isSet ? binding.value : word2;
      if (modifier === "+") return isSet ? word2 : "";
      if (isSet) return binding.value;
      return this.unknown();
    }
    if (op === "#" || op === "%") {
      const longest = this.peek() === op;
      if (longest) this.next();
      const pattern = this.word("}");
      if (binding.kind === "unknown") return this.unknown();
      const value2 = binding.kind === "set" ? binding.value : "";
      return trim(value2, pattern, longest, op === "#");
    }
    if (op === "/") {
      const all = this.peek() === "/";
      if (all) this.next();
      const pattern = this.word("/");
      const replacement = this.word("}");
      if (binding.kind === "unknown") return this.unknown();
      const value2 = binding.kind === "set" ? binding.value : "";
      return value2.replace(new RegExp(globSource(pattern), all ? "g" : ""), () => replacement);
    }
    throw new ExpansionError(`unsupported modifier (${op}) in substitution of ${name}`);
  }
  value(name) {
    const binding = this.lookup(name);
    if (binding.kind === "set") return binding.value;
    if (binding.kind === "unset") return "";
    return this.unknown();
  }
  unknown() {
    this.resolved = false;
    return "";
  }
};
function globSource(pattern) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += escapeRegExp(ch);
  }
  return source;
}
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function trim(value2, pattern, longest, prefix) {
  const whole = new RegExp(`^${globSource(pattern)}$`);
  const lengths = [...Array(value2.length + 1).keys()];
  for (const n of longest ? lengths.reverse() : lengths) {
    if (prefix ? whole.test(value2.slice(0, n)) : whole.test(value2.slice(value2.length - n))) {
      return prefix ? value2.slice(n) : value2.slice(0, value2.length - n);
    }
  }
  return value2;
}
function expandWord(raw2, escape, lookup) {
  const lexer = new WordLexer(raw2, escape, lookup);
  const value2 = lexer.word();
  return { value: value2, resolved: lexer.resolved };
}
function hasVariables(raw2, escape) {
  let referenced = false;
  expandWord(raw2, escape, () => {
    referenced = true;
    return { kind: "unknown" };
  });
  return referenced;
}

// src/formats/dockerfile/mapped.ts
var Mapped = class _Mapped {
  constructor(text2, offsets, after) {
    this.text = text2;
    this.offsets = offsets;
    this.after = after;
  }
  text;
  offsets;
  after;
  /** A run of the file's own text starting at `start`. */
  static at(text2, start) {
    return new _Mapped(text2, Array.from({ length: text2.length }, (_, i) => start + i), start + text2.length);
  }
  /** Pieces in order, each a run of source text. */
  static join(pieces) {
    const last = pieces[pieces.length - 1];
    return new _Mapped(
      pieces.map((piece) => piece.text).join(""),
      pieces.flatMap((piece) => piece.offsets),
      last ? last.after : 0
    );
  }
  get length() {
    return this.text.length;
  }
  slice(from, to = this.text.length) {
    const a = Math.max(0, Math.min(from, this.text.length));
    const b = Math.max(a, Math.min(to, this.text.length));
    return new _Mapped(this.text.slice(a, b), this.offsets.slice(a, b), b < this.text.length ? this.offsets[b] : this.after);
  }
  /** Without leading and trailing whitespace. */
  trim() {
    const start = this.text.length - this.text.trimStart().length;
    return this.slice(start, start + this.text.trim().length);
  }
  /** Source offset of the character at `index` (the end of the text past its last character). */
  offset(index) {
    return index < this.text.length ? this.offsets[index] : this.after;
  }
  /** Source range of the characters [from, to). */
  range(from = 0, to = this.text.length) {
    if (to <= from) {
      const at3 = this.offset(from);
      return { start: at3, end: at3 };
    }
    return { start: this.offset(from), end: this.offsets[to - 1] + 1 };
  }
};

// src/formats/dockerfile/scan.ts
var DIRECTIVES = ["syntax", "escape", "check"];
var DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
var BOM = "\uFEFF";
function physicalLines(source) {
  const lines = [];
  let start = source.startsWith(BOM) ? 1 : 0;
  while (start <= source.length) {
    const newline = source.indexOf("\n", start);
    const end = newline === -1 ? source.length : newline;
    const text2 = source.slice(start, end).replace(/\r$/, "");
    if (newline !== -1 || text2.length) lines.push({ text: text2, start, number: lines.length + 1 });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}
var isComment = (text2) => text2.trimStart().startsWith("#");
var isBlank = (text2) => text2.trim() === "";
function trimContinuation(text2, escape) {
  const e = escape === "\\" ? "\\\\" : escape;
  const match = new RegExp(`(?:([^${e}])|^)${e}[ \\t]*$`).exec(text2.text);
  if (!match) return { text: text2, continued: false };
  return { text: text2.slice(0, match.index + (match[1] ? 1 : 0)), continued: true };
}
var DirectiveReader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  directives = [];
  escape = "\\";
  done = false;
  /** Reads a line at the top of the file; the first line that is not a directive ends the directives. */
  read(line) {
    if (this.done) return;
    const trimmed = line.text.trimStart();
    const match = trimmed.startsWith("#") ? DIRECTIVE.exec(trimmed.slice(1).trimStart()) : null;
    const name = match?.[1].toLowerCase();
    if (!match || !DIRECTIVES.includes(name)) {
      this.done = true;
      return;
    }
    const value2 = match[2];
    if (this.directives.some((directive) => directive.name === name)) {
      throw new InputError(this.file, `only one ${name} parser directive can be used`, line.number, 1);
    }
    if (name === "escape") {
      if (value2 !== "\\" && value2 !== "`") {
        throw new InputError(this.file, `invalid escape token '${value2}' does not match \` or \\`, line.number, 1);
      }
      this.escape = value2;
    }
    const indent = line.text.length - trimmed.length;
    this.directives.push({
      name,
      value: value2,
      line: line.number,
      range: { start: line.start + indent, end: line.start + line.text.trimEnd().length }
    });
  }
};
function scan(source, file, heredocsOf) {
  const physical = physicalLines(source);
  const reader = new DirectiveReader(file);
  const lines = [];
  let i = 0;
  while (i < physical.length) {
    const first = physical[i++];
    reader.read(first);
    if (isComment(first.text) || isBlank(first.text)) continue;
    const indent = first.text.length - first.text.trimStart().length;
    let { text: text2, continued } = trimContinuation(Mapped.at(first.text.slice(indent), first.start + indent), reader.escape);
    const pieces = [text2];
    let last = first;
    while (continued && i < physical.length) {
      const next = physical[i++];
      last = next;
      if (isComment(next.text) || isBlank(next.text)) continue;
      ({ text: text2, continued } = trimContinuation(Mapped.at(next.text, next.start), reader.escape));
      pieces.push(text2);
    }
    const logical = { text: Mapped.join(pieces), line: first.number, endLine: last.number, heredocs: [] };
    if (!logical.text.text.trim()) continue;
    for (const request of heredocsOf(logical.text, reader.escape)) {
      const body = [];
      let terminated = false;
      while (i < physical.length) {
        const next = physical[i++];
        const candidate = request.chomp ? next.text.replace(/^\t+/, "") : next.text;
        if (candidate === request.name) {
          terminated = true;
          logical.heredocs.push({
            content: Mapped.join(body.map((line) => Mapped.at(`${line.text}
`, line.start))),
            startLine: body[0]?.number ?? next.number,
            endLine: next.number,
            range: { start: (body[0] ?? next).start, end: next.start + next.text.length }
          });
          logical.endLine = next.number;
          break;
        }
        body.push(next);
      }
      if (!terminated) {
        throw new InputError(file, `unterminated heredoc <<${request.name}: no line "${request.name}" closes it`, first.number, indent + 1);
      }
    }
    lines.push(logical);
  }
  return { directives: reader.directives, escape: reader.escape, lines };
}

// src/formats/dockerfile/shell.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
var KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}"]);
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;
var REDIRECTION = /^(\d*)(<<<|<<-|<<|<>|<&|<\(|<|>>|>&|>\||>\(|>|&>>|&>)/;
var OPERATOR = /[\s;&|<>()]/;
function basename(program) {
  return program.slice(program.lastIndexOf("/") + 1);
}
var ShellReader = class _ShellReader {
  constructor(m, nodes, counter) {
    this.m = m;
    this.nodes = nodes;
    this.counter = counter;
  }
  m;
  nodes;
  counter;
  pos = 0;
  pending = [];
  /** What ends the list being read: `)` or a backtick for substitutions, '' for the whole text. */
  stop = "";
  get text() {
    return this.m.text;
  }
  /** Reads commands up to `stop` (consumed) or the end; returns heredocs still waiting for a body. */
  list(stop, parent) {
    this.stop = stop;
    let pipeline = this.counter.pipeline++;
    let current = null;
    let depth = 0;
    const open = () => {
      if (!current) {
        current = { words: [], pipeline, parent };
        this.nodes.push(current);
      }
      return current;
    };
    const end = (newPipeline) => {
      current = null;
      if (newPipeline) pipeline = this.counter.pipeline++;
    };
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      const next = this.text[this.pos + 1];
      if (stop && ch === stop && (stop !== ")" || depth === 0)) {
        this.pos++;
        return this.pending;
      }
      if (ch === " " || ch === "	" || ch === "\r") this.pos++;
      else if (ch === "\\" && next === "\n") this.pos += 2;
      else if (ch === "\n") {
        this.pos++;
        end(true);
        this.readHeredocBodies();
      } else if (ch === "#") this.skipComment();
      else if (ch === ";") {
        this.pos += next === ";" ? 2 : 1;
        end(true);
      } else if (ch === "&" && next !== ">") {
        this.pos += next === "&" ? 2 : 1;
        end(true);
      } else if (ch === "|") {
        this.pos += next === "|" || next === "&" ? 2 : 1;
        end(next === "|");
      } else if (ch === "(") {
        this.pos++;
        depth++;
        end(true);
      } else if (ch === ")") {
        this.pos++;
        if (depth > 0) depth--;
        end(false);
      } else if (REDIRECTION.test(this.text.slice(this.pos))) this.redirection(open());
      else {
        const node = open();
        const word2 = this.word(node);
        const leading = node.words.length === 0;
        if (leading && (ASSIGNMENT.test(word2.value) || KEYWORDS.has(word2.value))) continue;
        node.words.push(word2);
      }
    }
    return this.pending;
  }
  skipComment() {
    const newline = this.text.indexOf("\n", this.pos);
    this.pos = newline < 0 ? this.text.length : newline;
  }
  redirection(owner) {
    const match = REDIRECTION.exec(this.text.slice(this.pos));
    this.pos += match[0].length;
    const op = match[2];
    if (op === "<(" || op === ">(") {
      this.nested(")", owner);
      return;
    }
    while (this.text[this.pos] === " " || this.text[this.pos] === "	") this.pos++;
    const target = this.word(owner);
    if (op === "<<" || op === "<<-") this.pending.push({ delimiter: target.value, chomp: op === "<<-", owner });
  }
  /** Reads the bodies of heredocs opened on the line that just ended. */
  readHeredocBodies() {
    const waiting = this.pending;
    this.pending = [];
    for (const heredoc of waiting) {
      const start = this.pos;
      let bodyEnd = this.text.length;
      while (this.pos < this.text.length) {
        const newline = this.text.indexOf("\n", this.pos);
        const lineEnd = newline < 0 ? this.text.length : newline;
        const line = this.text.slice(this.pos, lineEnd);
        const lineStart = this.pos;
        this.pos = newline < 0 ? this.text.length : newline + 1;
        if ((heredoc.chomp ? line.replace(/^\t+/, "") : line) === heredoc.delimiter) {
          bodyEnd = lineStart;
          break;
        }
      }
      readBody(this.m.slice(start, bodyEnd), heredoc.owner, this.nodes, this.counter);
    }
  }
  nested(stop, parent) {
    const reader = new _ShellReader(this.m, this.nodes, this.counter);
    reader.pos = this.pos;
    reader.list(stop, parent);
    this.pos = reader.pos;
  }
  /** A `command` substitution: its commands are read as commands of `owner`; the text is kept. */
  backquoted(owner) {
    const from = this.pos;
    this.pos++;
    this.nested("`", owner);
    return this.text.slice(from, this.pos);
  }
  /** One word, quotes removed; substitutions inside it are read as commands of `owner`. */
  word(owner) {
    const start = this.pos;
    let value2 = "";
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      const next = this.text[this.pos + 1];
      if (OPERATOR.test(ch) || this.stop && ch === this.stop) break;
      if (ch === "\\") {
        if (next !== "\n" && next !== void 0) value2 += next;
        this.pos += 2;
      } else if (ch === "'") {
        const close = this.text.indexOf("'", this.pos + 1);
        const endQuote = close < 0 ? this.text.length : close;
        value2 += this.text.slice(this.pos + 1, endQuote);
        this.pos = endQuote + 1;
      } else if (ch === '"') {
        this.pos++;
        value2 += this.doubleQuoted(owner);
      } else if (ch === "$") value2 += this.dollar(owner);
      else if (ch === "`") value2 += this.backquoted(owner);
      else {
        value2 += ch;
        this.pos++;
      }
    }
    return { value: value2, range: this.m.range(start, this.pos) };
  }
  doubleQuoted(owner) {
    let value2 = "";
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      const next = this.text[this.pos + 1];
      if (ch === '"') {
        this.pos++;
        return value2;
      }
      if (ch === "\\" && next !== void 0 && '$`"\\\n'.includes(next)) {
        if (next !== "\n") value2 += next;
        this.pos += 2;
      } else if (ch === "$") value2 += this.dollar(owner);
      else if (ch === "`") value2 += this.backquoted(owner);
      else {
        value2 += ch;
        this.pos++;
      }
    }
    return value2;
  }
  /** `$(...)`, `$((...))`, `${...}`, `$'...'` or a plain `$NAME`, kept as written. */
  dollar(owner) {
    const from = this.pos;
    const next = this.text[this.pos + 1];
    if (next === "(" && this.text[this.pos + 2] !== "(") {
      this.pos += 2;
      this.nested(")", owner);
    } else if (next === "(" || next === "{") {
      this.pos = this.matching(this.pos + 1);
    } else if (next === "'") {
      let i = this.pos + 2;
      while (i < this.text.length && this.text[i] !== "'") i += this.text[i] === "\\" ? 2 : 1;
      this.pos = i + 1;
      return this.text.slice(from + 2, Math.min(i, this.text.length));
    } else {
      const name = /^[A-Za-z0-9_]+|^[*#@?!$-]/.exec(this.text.slice(this.pos + 1));
      this.pos += 1 + (name ? name[0].length : 0);
    }
    return this.text.slice(from, this.pos);
  }
  /** Index just past the bracket that closes the one at `open`. */
  matching(open) {
    const close = this.text[open] === "(" ? ")" : "}";
    let depth = 0;
    for (let i = open; i < this.text.length; i++) {
      if (this.text[i] === this.text[open]) depth++;
      else if (this.text[i] === close && --depth === 0) return i + 1;
    }
    return this.text.length;
  }
};
function readBody(body, owner, nodes, counter) {
  const program = owner.words[0] ? basename(owner.words[0].value) : void 0;
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body.text);
  const interpreter = shebang ? basename(shebang[1]) === "env" && shebang[2] ? shebang[2] : basename(shebang[1]) : void 0;
  const isScript = program === void 0 ? interpreter === void 0 || SHELLS.has(interpreter) : SHELLS.has(program);
  if (!isScript) return;
  new ShellReader(body, nodes, counter).list("", owner.parent);
}
function parseShell(script, heredocs = []) {
  const nodes = [];
  const counter = { pipeline: 0 };
  const waiting = new ShellReader(script, nodes, counter).list("", null);
  waiting.forEach((heredoc, i) => {
    const body = heredocs[i];
    if (body) readBody(body, heredoc.owner, nodes, counter);
  });
  const kept = nodes.filter((node) => node.words.length > 0);
  const index = new Map(kept.map((node, i) => [node, i]));
  const keptParent = (node) => {
    for (let p = node; p; p = p.parent) if (index.has(p)) return index.get(p);
    return null;
  };
  const pipelines = /* @__PURE__ */ new Map();
  return kept.map((node) => {
    if (!pipelines.has(node.pipeline)) pipelines.set(node.pipeline, pipelines.size);
    return { argv: node.words, pipeline: pipelines.get(node.pipeline), parent: keptParent(node.parent) };
  });
}

// src/formats/dockerfile/words.ts
var WHITESPACE = /[\t\v\f\r ]+/g;
var HEREDOC = /^(\d*)<<(-?)([^<]*)$/;
function splitCommand(line) {
  const text2 = line.trim();
  const gap = /[\t\v\f\r ]+/.exec(text2.text);
  if (!gap) return { keyword: text2, rest: text2.slice(text2.length) };
  return { keyword: text2.slice(0, gap.index), rest: text2.slice(gap.index + gap[0].length).trim() };
}
function extractFlags(rest) {
  const text2 = rest.text;
  const flags = [];
  let pos = 0;
  for (; ; ) {
    while (pos < text2.length && /\s/.test(text2[pos])) pos++;
    if (!text2.startsWith("--", pos)) break;
    const start = pos;
    let word2 = "";
    let quote = "";
    let equals = -1;
    for (; pos < text2.length; pos++) {
      const ch = text2[pos];
      if (!quote && /\s/.test(ch)) break;
      if (quote ? ch === quote : ch === '"' || ch === "'") {
        quote = quote ? "" : ch;
        continue;
      }
      if (ch === "\\" && pos + 1 < text2.length) pos++;
      else if (ch === "\\") continue;
      if (!quote && text2[pos] === "=" && equals < 0) equals = pos;
      word2 += text2[pos];
    }
    if (word2 === "--") {
      return { flags, rest: rest.slice(pos).trim() };
    }
    const raw2 = rest.slice(start, pos);
    const cut = word2.indexOf("=");
    flags.push({
      name: (cut < 0 ? word2 : word2.slice(0, cut)).slice(2),
      value: cut < 0 ? null : word2.slice(cut + 1),
      raw: raw2,
      valueRaw: equals < 0 ? raw2 : rest.slice(equals + 1, pos)
    });
  }
  return { flags, rest: rest.slice(pos).trim() };
}
function whitespaceWords(rest) {
  const words2 = [];
  let last = 0;
  for (const gap of rest.text.matchAll(WHITESPACE)) {
    if (gap.index > last) words2.push(rest.slice(last, gap.index));
    last = gap.index + gap[0].length;
  }
  if (last < rest.length) words2.push(rest.slice(last));
  return words2;
}
function quotedWords(rest, escape) {
  const text2 = rest.text;
  const words2 = [];
  let start = -1;
  let quote = "";
  for (let pos = 0; pos <= text2.length; pos++) {
    const ch = text2[pos];
    if (start < 0) {
      if (ch === void 0) break;
      if (/\s/.test(ch)) continue;
      start = pos;
    }
    if (ch === void 0) {
      words2.push(rest.slice(start));
      break;
    }
    if (quote) {
      if (ch === quote) quote = "";
      else if (ch === escape && quote !== "'") pos++;
      continue;
    }
    if (/\s/.test(ch)) {
      words2.push(rest.slice(start, pos));
      start = -1;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === escape) pos++;
  }
  return words2;
}
function parseJson2(rest) {
  const text2 = rest.text;
  if (!text2.trimStart().startsWith("[")) return { kind: "not-json" };
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch {
    return { kind: "not-json" };
  }
  if (!Array.isArray(parsed)) return { kind: "not-json" };
  if (!parsed.every((item) => typeof item === "string")) return { kind: "not-strings" };
  const items = [];
  for (const token of text2.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    items.push({ value: parsed[items.length], raw: rest.slice(token.index, token.index + token[0].length) });
  }
  return { kind: "json", items };
}
function heredocWords(line) {
  const found = [];
  for (const word2 of rawShellWords(line)) {
    const match = HEREDOC.exec(word2);
    if (!match || !match[3]) continue;
    const name = unquote(match[3]);
    if (!name || /\s/.test(name)) continue;
    found.push({ name, chomp: match[2] === "-", expand: !/["']/.test(match[3]) });
  }
  return found;
}
function rawShellWords(line) {
  const words2 = [];
  let word2 = "";
  let quote = "";
  let inWord = false;
  for (let pos = 0; pos < line.length; pos++) {
    const ch = line[pos];
    if (!quote && /\s/.test(ch)) {
      if (inWord) words2.push(word2);
      word2 = "";
      inWord = false;
      continue;
    }
    inWord = true;
    word2 += ch;
    if (quote) {
      if (ch === quote) quote = "";
      else if (ch === "\\" && quote === '"' && pos + 1 < line.length) word2 += line[++pos];
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "\\" && pos + 1 < line.length) word2 += line[++pos];
  }
  if (inWord) words2.push(word2);
  return words2;
}
function unquote(word2) {
  let out = "";
  let quote = "";
  for (let pos = 0; pos < word2.length; pos++) {
    const ch = word2[pos];
    if (quote ? ch === quote : ch === '"' || ch === "'") quote = quote ? "" : ch;
    else if (ch === "\\" && quote !== "'" && pos + 1 < word2.length) out += word2[++pos];
    else out += ch;
  }
  return out;
}

// src/formats/dockerfile/syntax.ts
var INSTRUCTIONS = [
  "add",
  "arg",
  "cmd",
  "copy",
  "entrypoint",
  "env",
  "expose",
  "from",
  "healthcheck",
  "label",
  "maintainer",
  "onbuild",
  "run",
  "shell",
  "stopsignal",
  "user",
  "volume",
  "workdir"
];
var HEREDOC_COMMANDS = /* @__PURE__ */ new Set(["run", "copy", "add"]);
var FLAG_COMMANDS = /* @__PURE__ */ new Set(["from", "run", "copy", "add", "healthcheck"]);
var SyntaxError2 = class extends Error {
  constructor(message, at3) {
    super(message);
    this.at = at3;
  }
  at;
};
function heredocRequests(line) {
  const { keyword: keyword2, rest } = splitCommand(line);
  const cmd = keyword2.text.toLowerCase();
  if (cmd === "onbuild") {
    const sub = splitCommand(rest);
    if (!HEREDOC_COMMANDS.has(sub.keyword.text.toLowerCase())) return [];
    if (parseJson2(extractFlags(sub.rest).rest).kind === "json") return [];
    return heredocWords(line.text);
  }
  if (!HEREDOC_COMMANDS.has(cmd) || parseJson2(extractFlags(rest).rest).kind === "json") return [];
  return heredocWords(line.text);
}
function parseInstruction(logical, escape) {
  const last = logical.heredocs[logical.heredocs.length - 1];
  const lineEnd = logical.text.range().end;
  const range = { start: logical.text.range().start, end: last ? last.range.end : lineEnd };
  const heredocs = heredocWords(logical.text.text).map((word2, i) => ({ ...word2, body: logical.heredocs[i] }));
  return parse2(logical.text, range, logical.line, logical.endLine, heredocs.filter((heredoc) => heredoc.body), escape, false);
}
function parse2(line, range, lineNo, endLine, heredocs, escape, inTrigger) {
  const { keyword: keyword2, rest: afterKeyword } = splitCommand(line);
  const cmd = keyword2.text.toLowerCase();
  if (!INSTRUCTIONS.includes(cmd)) throw new SyntaxError2(`unknown instruction: ${keyword2.text}`, keyword2.range());
  const { flags, rest } = extractFlags(afterKeyword);
  const flagged = flags[0];
  if (flagged && !FLAG_COMMANDS.has(cmd)) throw new SyntaxError2(`${cmd.toUpperCase()} does not take flags (--${flagged.name})`, flagged.raw.range());
  const syntax = { cmd, keyword: keyword2, rest, range, line: lineNo, endLine, flags, json: false, args: [], jsonValues: [], pairs: [], heredocs: [] };
  const fail2 = (message, at3 = line) => {
    throw new SyntaxError2(`${cmd.toUpperCase()} ${message}`, at3.range());
  };
  const json = () => {
    const parsed = parseJson2(rest);
    if (parsed.kind === "not-strings") fail2("in JSON form must be an array of strings only", rest);
    if (parsed.kind !== "json") return false;
    syntax.json = true;
    syntax.args = parsed.items.map((item) => item.raw);
    syntax.jsonValues = parsed.items.map((item) => item.value);
    return true;
  };
  switch (cmd) {
    case "add":
    case "copy":
    case "volume":
      if (!json()) syntax.args = whitespaceWords(rest);
      if (cmd !== "volume" && syntax.args.length < 2) fail2("requires at least two arguments: a source and a destination");
      if (cmd === "volume" && syntax.args.length < 1) fail2("requires at least one argument");
      if (!syntax.json) syntax.heredocs = heredocs;
      break;
    case "cmd":
    case "entrypoint":
    case "run":
    case "shell":
      if (!json() && rest.length) syntax.args = [rest];
      if (cmd === "shell" && !syntax.json) fail2('requires the arguments to be in JSON form, e.g. SHELL ["/bin/sh", "-c"]');
      if (cmd === "run" && !syntax.args.length) fail2("requires at least one argument");
      if (cmd === "run" && !syntax.json) syntax.heredocs = heredocs;
      break;
    case "arg":
      syntax.pairs = quotedWords(rest, escape).map((word2) => {
        const eq = word2.text.indexOf("=");
        return { word: word2, key: eq < 0 ? word2 : word2.slice(0, eq), value: eq < 0 ? null : word2.slice(eq + 1) };
      });
      if (!syntax.pairs.length) fail2("requires at least one argument");
      syntax.args = syntax.pairs.map((pair) => pair.word);
      break;
    case "env":
    case "label":
      syntax.pairs = keyValuePairs(rest, escape, fail2);
      syntax.args = syntax.pairs.map((pair) => pair.word);
      break;
    case "expose":
    case "from":
      syntax.args = whitespaceWords(rest);
      if (!syntax.args.length) fail2("requires at least one argument");
      if (cmd === "from" && !(syntax.args.length === 1 || syntax.args.length === 3 && syntax.args[1].text.toLowerCase() === "as")) {
        fail2("requires either one argument, or three: FROM <image> AS <name>");
      }
      break;
    case "healthcheck": {
      const words2 = whitespaceWords(rest);
      const type = words2[0];
      if (!type) fail2("requires an argument: CMD <command> or NONE");
      const kind = type.text.toUpperCase();
      const command = rest.slice(type.length).trim();
      if (kind === "NONE") {
        if (command.length || flags.length) fail2("NONE takes no other arguments or flags", rest);
        syntax.args = [type];
      } else if (kind === "CMD") {
        if (!command.length) fail2("CMD requires a command to run", type);
        const parsed = parseJson2(command);
        if (parsed.kind === "not-strings") fail2("CMD in JSON form must be an array of strings only", command);
        syntax.json = parsed.kind === "json";
        syntax.args = [type, ...parsed.kind === "json" ? parsed.items.map((item) => item.raw) : [command]];
        syntax.jsonValues = parsed.kind === "json" ? parsed.items.map((item) => item.value) : [];
      } else fail2(`has an unknown type ${type.text}: expected CMD or NONE`, type);
      break;
    }
    case "maintainer":
    case "stopsignal":
    case "user":
    case "workdir":
      if (!rest.length) fail2("requires exactly one argument");
      syntax.args = [rest];
      break;
    case "onbuild": {
      if (inTrigger) fail2("cannot be chained (ONBUILD ONBUILD)");
      if (!rest.length) fail2("requires an instruction to run later");
      const trigger = parse2(rest, { start: rest.range().start, end: range.end }, lineNo, endLine, heredocs, escape, true);
      if (trigger.cmd === "from" || trigger.cmd === "maintainer") fail2(`cannot trigger ${trigger.cmd.toUpperCase()}`, trigger.keyword);
      syntax.trigger = trigger;
      break;
    }
  }
  return syntax;
}
function keyValuePairs(rest, escape, fail2) {
  const words2 = quotedWords(rest, escape);
  const first = words2[0];
  if (!first) return fail2("requires at least one argument");
  if (!first.text.includes("=")) {
    const key2 = whitespaceWords(rest)[0];
    const value2 = rest.slice(key2.length).trim();
    if (!value2.length) fail2(`requires a value for ${key2.text} (use ${key2.text}=value)`, key2);
    return [{ word: rest, key: key2, value: value2 }];
  }
  return words2.map((word2) => {
    const eq = word2.text.indexOf("=");
    if (eq < 0) fail2(`syntax error: can't find = in "${word2.text}"; expected name=value`, word2);
    return { word: word2, key: word2.slice(0, eq), value: word2.slice(eq + 1) };
  });
}

// src/formats/dockerfile/document.ts
var AUTOMATIC_ARGS = [
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT"
];
var STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
var EXPANDED_FLAGS = {
  from: /* @__PURE__ */ new Set(["platform"]),
  copy: /* @__PURE__ */ new Set(["from", "chown", "chmod"]),
  add: /* @__PURE__ */ new Set(["chown", "chmod", "checksum"]),
  run: /* @__PURE__ */ new Set(["mount"])
};
var EXPANDED_ARGS = /* @__PURE__ */ new Set(["add", "copy", "expose", "from", "stopsignal", "user", "volume", "workdir"]);
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "doas", "env", "exec", "command", "nohup", "time"]);
var WRAPPER_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-u", "-g", "-C", "-D", "-p", "-r", "-t", "-U", "-h"]);
var UNKNOWN = { kind: "unknown" };
var UNSET = { kind: "unset" };
var set = (value2) => ({ kind: "set", value: value2 });
var bound = (expanded) => expanded.resolved ? set(expanded.value) : UNKNOWN;
function buildDocument(text2, file) {
  const lines = new LineIndex(text2);
  const inputError = (message, at3) => {
    const position = lines.position(at3.start);
    return new InputError(file, message, position.line, position.column);
  };
  const scanned = scan(text2, file, heredocRequests);
  const builder = new Builder(scanned.escape, inputError);
  for (const directive of scanned.directives) {
    builder.document.directives[directive.name] = directive.value;
    builder.record(["directives", directive.name], directive.range);
  }
  if (!scanned.lines.length) throw new InputError(file, "file with no instructions", 1, 1);
  for (const logical of scanned.lines) {
    let syntax;
    try {
      syntax = parseInstruction(logical, scanned.escape);
    } catch (error) {
      if (error instanceof SyntaxError2) throw inputError(error.message, error.at);
      throw error;
    }
    builder.add(syntax);
  }
  const document2 = builder.finish(scanned.lines[scanned.lines.length - 1].text.range());
  const ranges = builder.ranges;
  return {
    document: document2,
    locate(path3) {
      for (let n = path3.length; n >= 0; n--) {
        const range = ranges.get(pathKey(path3.slice(0, n)));
        if (range) return lines.span(range.start, range.end);
      }
      return lines.span(0, 0);
    }
  };
}
var Builder = class {
  constructor(escape, inputError) {
    this.escape = escape;
    this.inputError = inputError;
  }
  escape;
  inputError;
  document = { directives: {}, args: [], stages: [], final_stage: 0 };
  ranges = /* @__PURE__ */ new Map();
  global = new Map(AUTOMATIC_ARGS.map((name) => [name, UNKNOWN]));
  states = [];
  record(path3, range) {
    const key2 = pathKey(path3);
    if (!this.ranges.has(key2)) this.ranges.set(key2, range);
  }
  add(syntax) {
    const state = this.states[this.states.length - 1];
    if (syntax.cmd === "from") return this.addStage(syntax);
    if (!state) {
      if (syntax.cmd !== "arg") {
        throw this.inputError(`${syntax.cmd.toUpperCase()} comes before the first FROM: only ARG may precede FROM`, syntax.keyword.range());
      }
      const path4 = ["args", this.document.args.length];
      const { instruction: instruction2, bindings: bindings2 } = this.instruction(syntax, path4, this.globalLookup, void 0);
      for (const [name, binding] of bindings2) this.global.set(name, binding);
      this.document.args.push(instruction2);
      return;
    }
    const path3 = ["stages", state.stage.index, "instructions", state.stage.instructions.length];
    const { instruction, bindings } = this.instruction(syntax, path3, this.stageLookup(state), state);
    for (const [name, binding] of bindings) (syntax.cmd === "env" ? state.env : state.args).set(name, binding);
    if (syntax.cmd === "shell") state.shell = instruction.args;
    state.stage.instructions.push(instruction);
  }
  finish(last) {
    const stages = this.document.stages;
    if (!stages.length) throw this.inputError("no FROM instruction: a Dockerfile needs at least one build stage", last);
    stages[stages.length - 1].final = true;
    this.document.final_stage = stages.length - 1;
    this.record([], this.ranges.get(pathKey(["stages", 0])));
    return this.document;
  }
  globalLookup = (name) => this.global.get(name) ?? UNSET;
  stageLookup(state) {
    return (name) => state.env.get(name) ?? state.args.get(name) ?? state.undeclared;
  }
  expand(raw2, lookup, text2 = raw2.text) {
    try {
      return expandWord(text2, this.escape, lookup);
    } catch (error) {
      if (error instanceof ExpansionError) throw this.inputError(error.message, raw2.range());
      throw error;
    }
  }
  addStage(syntax) {
    const index = this.states.length;
    const path3 = ["stages", index];
    const { instruction } = this.instruction(syntax, [...path3, "instructions", 0], this.globalLookup, void 0);
    const [imageWord, , nameWord] = syntax.args;
    const image = this.expand(imageWord, this.globalLookup);
    const platform = syntax.flags.find((flag) => flag.name === "platform");
    const platformValue = platform ? this.expand(platform.valueRaw, this.globalLookup, platform.value ?? "") : void 0;
    const name = nameWord ? nameWord.text.toLowerCase() : null;
    if (name !== null) {
      if (!STAGE_NAME.test(name)) throw this.inputError(`invalid name for build stage: "${nameWord.text}", name can't start with a number or contain symbols`, nameWord.range());
      if (this.document.stages.some((stage2) => stage2.name === name)) throw this.inputError(`duplicate stage name "${name}"`, nameWord.range());
    }
    const parentState = image.resolved ? this.states.find((state) => state.stage.name === image.value.toLowerCase()) : void 0;
    const from = {
      raw: imageWord.text,
      reference: image.resolved ? image.value : null,
      image: null,
      tag: null,
      digest: null,
      platform: platformValue?.resolved ? platformValue.value : null,
      stage: parentState ? parentState.stage.index : null,
      scratch: image.resolved && image.value.toLowerCase() === "scratch",
      resolved: image.resolved
    };
    if (image.resolved && !parentState && !from.scratch) Object.assign(from, splitReference(image.value));
    if (parentState) from.image = parentState.stage.name;
    const stage = {
      index,
      name,
      from,
      parent: from.stage,
      lineage: parentState ? [...parentState.stage.lineage, index] : [index],
      final: false,
      instructions: [instruction]
    };
    this.record(path3, syntax.range);
    this.record([...path3, "from"], imageWord.range());
    if (platform) this.record([...path3, "from", "platform"], platform.valueRaw.range());
    if (nameWord) this.record([...path3, "name"], nameWord.range());
    this.document.stages.push(stage);
    this.states.push({
      stage,
      env: new Map(parentState?.env),
      args: /* @__PURE__ */ new Map(),
      undeclared: parentState ? parentState.undeclared : from.scratch ? UNSET : UNKNOWN,
      shell: parentState ? parentState.shell : ["/bin/sh", "-c"]
    });
  }
  /** The instruction as Rego sees it, its ranges recorded under `path`, and the variables it binds. */
  instruction(syntax, path3, lookup, state) {
    let resolved = true;
    const track = (result) => {
      resolved &&= result.resolved;
      return result;
    };
    this.record(path3, syntax.range);
    this.record([...path3, "cmd"], syntax.keyword.range());
    const expandedFlags = EXPANDED_FLAGS[syntax.cmd];
    const flags = syntax.flags.map((flag, k) => {
      this.record([...path3, "flags", k], flag.raw.range());
      this.record([...path3, "flags", k, "value"], flag.valueRaw.range());
      if (flag.value === null || !expandedFlags?.has(flag.name)) return { name: flag.name, value: flag.value };
      const value2 = track(this.expand(flag.valueRaw, lookup, flag.value));
      return { name: flag.name, value: value2.resolved ? value2.value : flag.value };
    });
    syntax.args.forEach((arg, j) => this.record([...path3, "args", j], arg.range()));
    const written = syntax.json ? syntax.cmd === "healthcheck" ? [syntax.args[0].text, ...syntax.jsonValues] : syntax.jsonValues : syntax.args.map((arg) => arg.text);
    const args = EXPANDED_ARGS.has(syntax.cmd) ? syntax.args.map((arg, j) => {
      const value2 = track(this.expand(arg, lookup, written[j]));
      return value2.resolved ? value2.value : written[j];
    }) : written;
    const instruction = {
      cmd: syntax.cmd,
      line: syntax.line,
      end_line: syntax.endLine,
      raw: syntax.rest.text,
      flags,
      args,
      json: syntax.json,
      resolved: true
    };
    const bindings = [];
    if (syntax.pairs.length) instruction.pairs = this.pairs(syntax, path3, lookup, track, syntax.cmd === "label" ? [] : bindings);
    if (syntax.cmd === "run" || syntax.cmd === "copy" || syntax.cmd === "add") instruction.heredocs = this.heredocs(syntax, path3);
    if (syntax.cmd === "run") Object.assign(instruction, this.script(syntax, path3, state));
    if ((syntax.cmd === "copy" || syntax.cmd === "add") && state) {
      const from = flags.find((flag) => flag.name === "from")?.value;
      const source = from === void 0 || from === null ? void 0 : this.stageOf(from, state.stage.index);
      if (source !== void 0) instruction.from_stage = source;
    }
    if (syntax.trigger) {
      const trigger = this.instruction(syntax.trigger, [...path3, "trigger"], () => UNKNOWN, void 0).instruction;
      instruction.trigger = trigger;
      resolved &&= trigger.resolved;
    }
    instruction.resolved = resolved;
    return { instruction, bindings };
  }
  pairs(syntax, path3, lookup, track, bindings) {
    const sequential = syntax.cmd === "arg";
    const local = /* @__PURE__ */ new Map();
    const seen = (name) => (sequential ? local.get(name) : void 0) ?? lookup(name);
    return syntax.pairs.map((pair, k) => {
      this.record([...path3, "pairs", k], pair.word.range());
      this.record([...path3, "pairs", k, "key"], pair.key.range());
      this.record([...path3, "pairs", k, "value"], (pair.value ?? pair.word).range());
      const key2 = sequential ? { value: pair.key.text, resolved: true } : track(this.expand(pair.key, seen));
      const value2 = pair.value ? track(this.expand(pair.value, seen)) : null;
      const binding = value2 ? bound(value2) : this.declared(key2.value);
      local.set(key2.value, binding);
      bindings.push([key2.value, binding]);
      return {
        key: key2.resolved ? key2.value : pair.key.text,
        value: value2 ? value2.resolved ? value2.value : pair.value.text : null,
        literal: pair.value !== null && !hasVariables(pair.value.text, this.escape)
      };
    });
  }
  /**
   * An ARG without a default: inside a stage, the global ARG's value when there is one; otherwise
   * whatever --build-arg passes, which is not known here.
   */
  declared(name) {
    if (this.states.length && this.global.has(name)) return this.global.get(name);
    return UNKNOWN;
  }
  heredocs(syntax, path3) {
    return syntax.heredocs.map((heredoc, k) => {
      this.record([...path3, "heredocs", k], heredoc.body.range);
      const content = heredoc.body.content.text;
      return {
        name: heredoc.name,
        content: heredoc.chomp ? content.replace(/^\t+/gm, "") : content,
        expand: heredoc.expand,
        chomp: heredoc.chomp,
        line: heredoc.body.startLine
      };
    });
  }
  /** RUN: the script and its commands, read as the shell in effect reads them. */
  script(syntax, path3, state) {
    const posix = !state || SHELLS.has(basename(state.shell[0] ?? ""));
    if (!syntax.json) {
      const bodies = syntax.heredocs.map((heredoc) => heredoc.body.content);
      const script = [syntax.rest.text, ...bodies.map((body) => body.text)].join("\n");
      return { script, commands: posix ? this.commands(parseShell(syntax.rest, bodies), path3) : [] };
    }
    const values = syntax.jsonValues;
    if (values.length >= 3 && SHELLS.has(basename(values[0])) && /^-[a-z]*c[a-z]*$/.test(values[1])) {
      const token = syntax.args[2];
      const inner = token.text.slice(1, -1) === values[2] ? token.slice(1, token.length - 1) : Mapped.at(values[2], token.offset(1));
      return { script: values[2], commands: this.commands(parseShell(inner), path3) };
    }
    const argv = syntax.args.map((token, j) => ({ value: values[j], range: token.range() }));
    return { script: values.join(" "), commands: this.commands([{ argv, pipeline: 0, parent: null }], path3) };
  }
  commands(commands, path3) {
    return commands.map((command, k) => {
      const at3 = [...path3, "commands", k];
      const first = command.argv[0];
      const last = command.argv[command.argv.length - 1];
      this.record(at3, { start: first.range.start, end: last.range.end });
      command.argv.forEach((word2, j) => this.record([...at3, "argv", j], word2.range));
      const argv = command.argv.map((word2) => word2.value);
      const dropped = wrapperLength(argv);
      argv.slice(dropped).forEach((_, j) => this.record([...at3, "exec", j], command.argv[dropped + j].range));
      return { argv, exec: argv.slice(dropped), pipeline: command.pipeline, parent: command.parent };
    });
  }
  /** The stage a COPY --from names: an earlier stage by name or by index. */
  stageOf(from, current) {
    if (/^\d+$/.test(from)) return Number(from) < current ? Number(from) : void 0;
    return this.document.stages.find((stage) => stage.name === from.toLowerCase() && stage.index < current)?.index;
  }
};
function wrapperLength(argv) {
  let i = 0;
  while (i < argv.length && WRAPPERS.has(basename(argv[i]))) {
    i++;
    while (i < argv.length && (argv[i].startsWith("-") || /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]))) {
      const option = argv[i++];
      if (option === "--") break;
      if (WRAPPER_VALUE_OPTIONS.has(option)) i++;
    }
  }
  return i;
}
function splitReference(reference) {
  const at3 = reference.indexOf("@");
  const digest = at3 >= 0 ? reference.slice(at3 + 1) : null;
  const name = at3 >= 0 ? reference.slice(0, at3) : reference;
  const colon = name.lastIndexOf(":");
  if (colon > name.lastIndexOf("/")) return { image: name.slice(0, colon), tag: name.slice(colon + 1), digest };
  return { image: name, tag: null, digest };
}

// src/formats/dockerfile/images.ts
function listImages(document2) {
  const finalLineage = new Set(document2.stages[document2.final_stage]?.lineage ?? []);
  const uses = [];
  const add = (reference, raw2, role, stage, line) => {
    const parts = reference === null ? { image: null, tag: null, digest: null } : splitReference(reference);
    const ships = finalLineage.has(stage) && role !== "mount";
    uses.push({
      raw: raw2,
      reference,
      canonical: parts.image === null ? null : canonical(parts.image, parts.tag, parts.digest),
      ...parts,
      role,
      stage,
      stageName: document2.stages[stage].name,
      final: role === "base" && ships,
      builder: !ships,
      line
    });
  };
  for (const stage of document2.stages) {
    const { from } = stage;
    if (from.stage === null && !from.scratch) add(from.reference, from.raw, "base", stage.index, stage.instructions[0].line);
    for (const instruction of stage.instructions.slice(1)) {
      for (const flag of instruction.flags) {
        const source = instruction.cmd === "copy" && flag.name === "from" ? flag.value : instruction.cmd === "run" && flag.name === "mount" ? mountSource(flag.value) : null;
        if (!source || instruction.from_stage !== void 0 || isStage(document2, source, stage.index)) continue;
        add(instruction.resolved ? source : null, source, flag.name === "from" ? "copy" : "mount", stage.index, instruction.line);
      }
    }
  }
  return uses;
}
function mountSource(value2) {
  for (const part of (value2 ?? "").split(",")) {
    const [key2, val] = part.split("=", 2);
    if (key2?.trim() === "from" && val) return val.trim();
  }
  return null;
}
function isStage(document2, name, before) {
  if (/^\d+$/.test(name)) return Number(name) < before;
  return document2.stages.some((stage) => stage.index < before && stage.name === name.toLowerCase());
}
function canonical(image, tag, digest) {
  const first = image.split("/")[0];
  const hasRegistry = image.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  const name = hasRegistry ? image : image.includes("/") ? `docker.io/${image}` : `docker.io/library/${image}`;
  return `${name}${tag !== null ? `:${tag}` : digest === null ? ":latest" : ""}${digest !== null ? `@${digest}` : ""}`;
}
var IMAGE_NAME_LABEL = "org.opencontainers.image.ref.name";
var BARE_VERSION = /^v?\d+(?:[._-]\w+)*$/i;
function builtImage(document2) {
  let found;
  for (const index of document2.stages[document2.final_stage]?.lineage ?? []) {
    for (const instruction of document2.stages[index].instructions) {
      if (instruction.cmd !== "label") continue;
      for (const pair of instruction.pairs ?? []) {
        if (pair.key !== IMAGE_NAME_LABEL || pair.value === null) continue;
        const value2 = pair.value.trim();
        found = (pair.literal || instruction.resolved) && value2 && !BARE_VERSION.test(value2) ? { name: value2, line: instruction.line } : void 0;
      }
    }
  }
  return found;
}

// src/formats/dockerfile/index.ts
var BY_NAME = /^(?:(?:docker|container)file(?:\.(.+))?|.+\.(?:docker|container)file)$/i;
var OTHER_FORMATS = /* @__PURE__ */ new Set([
  "rego",
  "vim",
  "el",
  "json",
  "yaml",
  "yml",
  "toml",
  "xml",
  "ini",
  "sh",
  "bash",
  "ps1",
  "py",
  "go",
  "js",
  "mjs",
  "cjs",
  "ts",
  "rb",
  "java",
  "j2",
  "jinja",
  "jinja2",
  "tmpl",
  "tpl",
  "template",
  "erb",
  "mustache",
  "hbs",
  "dockerignore",
  "bak",
  "orig",
  "swp",
  "lock",
  "patch",
  "diff",
  "md",
  "markdown",
  "rst",
  "txt",
  "adoc",
  "html"
]);
var PROSE = /* @__PURE__ */ new Set([".md", ".markdown", ".rst", ".txt", ".adoc", ".html", ".htm"]);
var FIRST_LINE = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*([^\n]*)/;
var FROM_LINE = /^FROM[ \t]+(?:--[^\s=]+=\S+[ \t]+)*[^\s-]\S*(?:[ \t]+AS[ \t]+\S+)?[ \t]*\r?$/im;
var ARG_LINE = /^ARG[ \t]+[A-Za-z_][A-Za-z0-9_]*(?:=\S*)?(?:[ \t].*)?$/i;
var dockerfile = {
  kind: "dockerfile",
  detect(file, text2) {
    const name = basename2(file);
    const match = BY_NAME.exec(name);
    const suffix = match?.[1];
    if (match && !(suffix && OTHER_FORMATS.has(suffix.slice(suffix.lastIndexOf(".") + 1).toLowerCase()))) return true;
    if (PROSE.has(extname(name).toLowerCase())) return false;
    const first = FIRST_LINE.exec(text2)?.[1]?.trimEnd() ?? "";
    return (FROM_LINE.test(first) || ARG_LINE.test(first)) && FROM_LINE.test(text2);
  },
  parse(text2, file) {
    const { document: document2, locate } = buildDocument(text2, file);
    const facts = () => {
      const built = builtImage(document2);
      return { builds: built ? [built.name] : [], uses: listImages(document2), from: locate(["stages", document2.final_stage, "instructions", 0]) };
    };
    return [{ kind: "dockerfile", file, resource: "Dockerfile", document: document2, locate, facts }];
  }
};

// src/formats/firewall/index.ts
import { extname as extname2 } from "node:path";

// src/formats/firewall/firewalld.ts
import { basename as basename3, dirname as dirname2, join as join2 } from "node:path";

// src/formats/firewall/model.ts
var FAMILIES = ["ipv4", "ipv6"];
function blankRule(text2, action = "continue") {
  return {
    action,
    log: false,
    protocols: [],
    ports: [],
    sources: [],
    destinations: [],
    interfaces: [],
    states: [],
    negated: [],
    conditions: [],
    text: text2
  };
}
var ANY_ADDRESS = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0", "0/0", "any", "anywhere", "0.0.0.0", "::"]);
function addresses(values) {
  return values.some((value2) => ANY_ADDRESS.has(value2.toLowerCase())) ? [] : [...values];
}
var SourceMap = class {
  constructor(file, fallback) {
    this.file = file;
    this.fallback = fallback;
  }
  file;
  fallback;
  entries = /* @__PURE__ */ new Map();
  set(path3, span, related) {
    this.entries.set(pathKey(path3), related?.length ? { span, related } : { span });
  }
  nearest(path3) {
    for (let n = path3.length; n >= 0; n--) {
      const entry2 = this.entries.get(pathKey(path3.slice(0, n)));
      if (entry2) return entry2;
    }
    return { span: this.fallback };
  }
  locate(path3) {
    return this.nearest(path3).span;
  }
  related(path3) {
    return this.nearest(path3).related ?? [];
  }
};

// src/formats/firewall/services.ts
var ETC_SERVICES = {
  "ftp-data": 20,
  ftp: 21,
  ssh: 22,
  telnet: 23,
  smtp: 25,
  domain: 53,
  http: 80,
  www: 80,
  kerberos: 88,
  pop3: 110,
  sunrpc: 111,
  "netbios-ns": 137,
  "netbios-dgm": 138,
  "netbios-ssn": 139,
  imap: 143,
  imap2: 143,
  snmp: 161,
  ldap: 389,
  https: 443,
  "microsoft-ds": 445,
  submission: 587,
  ldaps: 636,
  rsync: 873,
  imaps: 993,
  pop3s: 995,
  "ms-sql-s": 1433,
  nfs: 2049,
  mysql: 3306,
  "ms-wbt-server": 3389,
  postgresql: 5432,
  postgres: 5432,
  vnc: 5900,
  x11: 6e3,
  redis: 6379,
  "http-alt": 8080,
  mongodb: 27017
};
var FIREWALLD = {
  ssh: "22/tcp",
  http: "80/tcp",
  https: "443/tcp",
  http3: "443/udp",
  dns: "53/tcp 53/udp",
  "dns-over-tls": "853/tcp",
  dhcp: "67/udp",
  dhcpv6: "547/udp",
  "dhcpv6-client": "546/udp",
  cockpit: "9090/tcp",
  ntp: "123/udp",
  snmp: "161/udp",
  mysql: "3306/tcp",
  postgresql: "5432/tcp",
  mssql: "1433/tcp",
  redis: "6379/tcp",
  mongodb: "27017-27019/tcp",
  elasticsearch: "9200/tcp 9300/tcp",
  rdp: "3389/tcp",
  telnet: "23/tcp",
  ftp: "21/tcp",
  tftp: "69/udp",
  samba: "139/tcp 445/tcp 137/udp 138/udp",
  "samba-client": "137/udp 138/udp",
  smtp: "25/tcp",
  smtps: "465/tcp",
  "smtp-submission": "587/tcp",
  imap: "143/tcp",
  imaps: "993/tcp",
  pop3: "110/tcp",
  pop3s: "995/tcp",
  ldap: "389/tcp",
  ldaps: "636/tcp",
  kerberos: "88/tcp 88/udp",
  nfs: "2049/tcp",
  "rpc-bind": "111/tcp 111/udp",
  mountd: "20048/tcp 20048/udp",
  "vnc-server": "5900-5903/tcp",
  "kube-apiserver": "6443/tcp",
  "etcd-client": "2379/tcp",
  "etcd-server": "2380/tcp",
  "docker-registry": "5000/tcp",
  prometheus: "9090/tcp",
  grafana: "3000/tcp",
  jenkins: "8080/tcp",
  mdns: "5353/udp",
  ipp: "631/tcp 631/udp",
  "ipp-client": "631/udp",
  squid: "3128/tcp",
  memcache: "11211/tcp",
  kibana: "5601/tcp",
  wireguard: "51820/udp",
  openvpn: "1194/udp",
  "zabbix-agent": "10050/tcp",
  "zabbix-server": "10051/tcp",
  "puppetmaster": "8140/tcp",
  git: "9418/tcp",
  svn: "3690/tcp",
  libvirt: "16509/tcp",
  "libvirt-tls": "16514/tcp"
};
var UFW_APPS = {
  OpenSSH: "22/tcp",
  Apache: "80/tcp",
  "Apache Secure": "443/tcp",
  "Apache Full": "80/tcp 443/tcp",
  "Nginx HTTP": "80/tcp",
  "Nginx HTTPS": "443/tcp",
  "Nginx Full": "80/tcp 443/tcp",
  "Nginx QUIC": "443/tcp 443/udp",
  Postfix: "25/tcp",
  "Postfix SMTPS": "465/tcp",
  "Postfix Submission": "587/tcp",
  "Dovecot IMAP": "143/tcp",
  "Dovecot Secure IMAP": "993/tcp",
  "Dovecot POP3": "110/tcp",
  "Dovecot Secure POP3": "995/tcp",
  Samba: "137/udp 138/udp 139/tcp 445/tcp",
  CUPS: "631/tcp",
  Bind9: "53/tcp 53/udp",
  OpenLDAP: "389/tcp",
  "OpenLDAP LDAPS": "636/tcp"
};
function table(definitions) {
  return new Map(
    Object.entries(definitions).map(([name, ports]) => [
      name,
      ports.split(" ").map((entry2) => {
        const [range, protocol] = entry2.split("/");
        const [from, to = from] = range.split("-").map(Number);
        return { protocol, range: { from, to } };
      })
    ])
  );
}
var FIREWALLD_SERVICES = table(FIREWALLD);
var UFW_APPLICATIONS = table(UFW_APPS);
function servicePort(name) {
  return ETC_SERVICES[name.toLowerCase()];
}
function firewalldService(name) {
  return FIREWALLD_SERVICES.get(name);
}
function ufwApplication(name) {
  return UFW_APPLICATIONS.get(name);
}

// src/formats/firewall/rules.ts
var PROTOCOL_NUMBERS = { "1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6", "132": "sctp", "ipv6-icmp": "icmpv6" };
var FIELD = {
  protocol: "protocols",
  dport: "ports",
  saddr: "sources",
  daddr: "destinations",
  iif: "interfaces",
  state: "states"
};
function toEntry(statement, path3, chains) {
  const verdict = statement.verdict;
  const jump = (verdict.kind === "jump" || verdict.kind === "goto") && chains.has(verdict.target) ? verdict.target : void 0;
  const action = verdict.kind === "accept" || verdict.kind === "drop" || verdict.kind === "reject" ? verdict.kind : "continue";
  const rule = { ...blankRule(statement.text, action), log: statement.log, conditions: [...statement.conditions] };
  if (statement.unresolved) rule.unresolved = statement.unresolved;
  for (const match of statement.matches) apply(rule, match);
  const unconditional = !statement.matches.length && !statement.conditions.length;
  return { rule, path: path3, ...jump ? { jump } : {}, ...verdict.kind === "return" && unconditional ? { returns: true } : {} };
}
function apply(rule, match) {
  if (match.key === "family") {
    if (match.values.length === 1) rule.family = match.values[0];
    return;
  }
  const field = FIELD[match.key];
  if (match.negated && !rule.negated.includes(field)) rule.negated.push(field);
  switch (match.key) {
    case "protocol": {
      const protocols = match.values.map((value2) => PROTOCOL_NUMBERS[value2.toLowerCase()] ?? value2.toLowerCase());
      rule.protocols = protocols.some((protocol) => protocol === "all" || protocol === "any") ? [] : protocols;
      break;
    }
    case "dport": {
      for (const value2 of match.values) {
        const range = portRange(value2);
        if (range) rule.ports.push(range);
        else rule.unresolved = `unknown port or service "${value2}"`;
      }
      break;
    }
    case "saddr":
      rule.sources = addresses(match.values);
      break;
    case "daddr":
      rule.destinations = addresses(match.values);
      break;
    case "iif":
      rule.interfaces = match.values.map((value2) => value2.replace(/^"|"$/g, ""));
      break;
    case "state":
      rule.states = match.values.map((value2) => value2.toLowerCase());
      break;
  }
}
function logsDrops(rules) {
  return rules.some((rule) => rule.log && rule.action !== "accept");
}
function portRange(value2) {
  const range = /^(\d+)(?:[-:](\d+))?$/.exec(value2.trim());
  if (range) return { from: Number(range[1]), to: Number(range[2] ?? range[1]) };
  const port2 = servicePort(value2.trim());
  return port2 === void 0 ? void 0 : { from: port2, to: port2 };
}
function flatten(chains, start, family) {
  const out = [];
  const walk = (name, outer, stack) => {
    for (const entry2 of chains.get(name) ?? []) {
      if (entry2.rule.family && entry2.rule.family !== family) continue;
      const rule = outer ? merge(outer.rule, entry2.rule) : entry2.rule;
      if (entry2.returns) return;
      const decisive = outer && matchesEverything(entry2.rule) && !matchesEverything(outer.rule) ? outer : { path: entry2.path, text: entry2.rule.text };
      if (entry2.jump) {
        if (!stack.includes(entry2.jump)) walk(entry2.jump, { rule, ...decisive }, [...stack, entry2.jump]);
        continue;
      }
      out.push({ ...rule, text: decisive.text, path: decisive.path });
    }
  };
  walk(start, void 0, [start]);
  return out;
}
function matchesEverything(rule) {
  return MERGED.every((field) => rule[field].length === 0) && !rule.conditions.length && !rule.unresolved;
}
var MERGED = ["protocols", "ports", "sources", "destinations", "interfaces", "states"];
function merge(outer, inner) {
  const rule = { ...inner, negated: [], conditions: [...outer.conditions, ...inner.conditions] };
  for (const field of MERGED) {
    const from = inner[field].length ? inner : outer;
    rule[field] = [...from[field]];
    if (from.negated.includes(field)) rule.negated.push(field);
  }
  const unresolved = inner.unresolved ?? outer.unresolved;
  if (unresolved) rule.unresolved = unresolved;
  const family = inner.family ?? outer.family;
  if (family) rule.family = family;
  return rule;
}

// src/formats/xml.ts
var NAME = /[A-Za-z_][\w.-]*(?::[\w.-]+)?/y;
var ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function parseXml(text2, file) {
  const lines = new LineIndex(text2);
  const fail2 = (message, offset) => {
    const at3 = lines.position(offset);
    throw new InputError(file, `invalid XML: ${message}`, at3.line, at3.column);
  };
  const decode = (raw2, offset) => raw2.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, entity) => {
    if (entity.startsWith("#")) return String.fromCodePoint(entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return ENTITIES[entity] ?? fail2(`unknown entity &${entity};`, offset);
  });
  const stack = [];
  let root;
  let i = 0;
  while (i < text2.length) {
    const lt = text2.indexOf("<", i);
    const chunk = text2.slice(i, lt === -1 ? text2.length : lt);
    if (chunk.trim()) {
      if (!stack.length) fail2("text outside the root element", i + chunk.search(/\S/));
      stack[stack.length - 1].text += decode(chunk, i);
    }
    if (lt === -1) break;
    i = lt;
    if (text2.startsWith("<!--", i)) {
      const end = text2.indexOf("-->", i + 4);
      if (end === -1) fail2("unterminated comment", i);
      i = end + 3;
    } else if (text2.startsWith("<?", i)) {
      const end = text2.indexOf("?>", i + 2);
      if (end === -1) fail2("unterminated processing instruction", i);
      i = end + 2;
    } else if (text2.startsWith("<![CDATA[", i)) {
      const end = text2.indexOf("]]>", i);
      if (end === -1) fail2("unterminated CDATA section", i);
      if (stack.length) stack[stack.length - 1].text += text2.slice(i + 9, end);
      i = end + 3;
    } else if (text2.startsWith("<!", i)) {
      fail2("document type declarations are not accepted", i);
    } else if (text2[i + 1] === "/") {
      NAME.lastIndex = i + 2;
      const name = NAME.exec(text2)?.[0] ?? fail2("expected a tag name", i + 2);
      const close = text2.indexOf(">", i);
      if (close === -1 || text2.slice(i + 2 + name.length, close).trim()) fail2(`malformed end tag </${name}`, i);
      const open = stack.pop() ?? fail2(`end tag </${name}> without a start tag`, i);
      if (open.name !== name) fail2(`end tag </${name}> does not match <${open.name}> (line ${lines.position(open.start).line})`, i);
      i = close + 1;
      open.outerEnd = i;
    } else {
      NAME.lastIndex = i + 1;
      const name = NAME.exec(text2)?.[0] ?? fail2('expected a tag name after "<"', i + 1);
      let j = i + 1 + name.length;
      const attributes = {};
      for (; ; ) {
        ATTRIBUTE.lastIndex = j;
        const attribute = ATTRIBUTE.exec(text2);
        if (!attribute) break;
        if (attribute[1] in attributes) fail2(`attribute ${attribute[1]} repeated`, j);
        attributes[attribute[1]] = decode(attribute[2] ?? attribute[3] ?? "", j);
        j = ATTRIBUTE.lastIndex;
      }
      while (/\s/.test(text2[j] ?? "")) j++;
      const selfClosing = text2.startsWith("/>", j);
      if (!selfClosing && text2[j] !== ">") fail2(`malformed start tag <${name}`, j);
      const end = j + (selfClosing ? 2 : 1);
      const element = { name, attributes, children: [], text: "", start: i, end, outerEnd: end, line: lines.position(i).line };
      if (stack.length) stack[stack.length - 1].children.push(element);
      else if (root) fail2("more than one root element", i);
      else root = element;
      if (!selfClosing) stack.push(element);
      i = end;
    }
  }
  if (stack.length) fail2(`<${stack[stack.length - 1].name}> is never closed`, stack[stack.length - 1].start);
  return root ?? fail2("no root element", 0);
}

// src/formats/firewall/firewalld.ts
var TARGETS = { default: "reject", ACCEPT: "accept", DROP: "drop", "%%REJECT%%": "reject", REJECT: "reject" };
function looksLikeZone(text2) {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<zone[\s/>]/.test(text2);
}
function firewalldDocument(text2, file, context) {
  const root = parseXml(text2, file);
  const lines = new LineIndex(text2);
  const span = (element) => lines.span(element.start, element.end);
  const zone = basename3(file).replace(/\.xml$/i, "");
  const conf = readConf(file, context);
  const map = new SourceMap(file, span(root));
  const target = root.attributes["target"] ?? "default";
  const policy = TARGETS[target] ?? fail(file, lines, root, `zone target "${target}" is not one of default, ACCEPT, DROP, %%REJECT%%`);
  const zoneSources = root.children.filter((child) => child.name === "source" && child.attributes["address"]).map((child) => child.attributes["address"]);
  const isDefault = conf?.values["DefaultZone"] === zone;
  const document2 = {
    format: "firewalld",
    rules: [],
    settings: {
      zone,
      target,
      sources: zoneSources,
      interfaces: root.children.filter((child) => child.name === "interface").map((child) => child.attributes["name"] ?? ""),
      ...conf?.values["DefaultZone"] ? { defaultZone: conf.values["DefaultZone"] } : {}
    }
  };
  map.set(["settings", "target"], span(root));
  const placed = [];
  root.children.forEach((child, index) => {
    const text_ = raw(text2, child);
    const fromZone = (rule) => zoneSources.length && !rule.sources.length ? { ...rule, sources: addresses(zoneSources) } : rule;
    if (child.name === "service" || child.name === "port" || child.name === "protocol") {
      for (const rule of openings(child, text_, file, context, lines)) placed.push({ rule: fromZone(rule), span: span(child), order: [1, 2, index] });
    } else if (child.name === "rule") {
      const priority2 = Number(child.attributes["priority"] ?? 0);
      for (const rule of richRule(child, text_, file, context, lines)) {
        const kind = rule.action === "accept" ? 2 : rule.action === "continue" ? 0 : 1;
        placed.push({ rule: fromZone(rule), span: span(child), order: [Math.sign(priority2) + 1, priority2 === 0 ? kind : priority2, index] });
      }
    }
  });
  placed.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  placed.forEach((entry2, i) => {
    document2.rules.push({ ...entry2.rule, chain: `zone ${zone}` });
    map.set(["rules", i], entry2.span);
  });
  const logDenied = conf?.values["LogDenied"];
  if (conf) map.set(["settings", "logDenied"], span(root), conf.related("LogDenied", `LogDenied=${logDenied ?? "off (not set)"}`));
  for (const family of FAMILIES) {
    const rules = placed.flatMap((entry2, i) => !entry2.rule.family || entry2.rule.family === family ? [{ ...entry2.rule, path: ["rules", i] }] : []);
    const view2 = {
      policy,
      policyReason: `zone ${zone}${isDefault ? " (the default zone)" : ""} target ${target}`,
      policyPath: ["settings", "target"],
      rules,
      loopbackImplicit: true
    };
    const logsDrops2 = rules.some((rule) => rule.log && rule.action !== "accept");
    if (conf || logsDrops2) {
      view2.logDropped = logsDrops2 || logDenied !== void 0 && logDenied !== "off";
      view2.logPath = ["settings", "logDenied"];
    }
    document2[family] = { input: view2 };
  }
  return { document: document2, map, zone };
}
function openings(element, text2, file, context, lines) {
  const base = blankRule(text2, "accept");
  if (element.name === "protocol") return [{ ...base, protocols: [element.attributes["value"] ?? ""] }];
  if (element.name === "port") return [portRule(base, element, file, lines)];
  const name = element.attributes["name"] ?? "";
  const ports = firewalldService(name) ?? customService(name, file, context);
  if (!ports) return [{ ...base, service: name, unresolved: `firewalld service "${name}" is not built in and services/${name}.xml is not in the scanned tree` }];
  return byProtocol(ports).map(([protocol, ranges]) => ({ ...base, service: name, protocols: [protocol], ports: ranges }));
}
function portRule(base, element, file, lines) {
  const range = portRange(element.attributes["port"] ?? "") ?? fail(file, lines, element, `port "${element.attributes["port"] ?? ""}" is not a port or range`);
  return { ...base, protocols: [element.attributes["protocol"] ?? "tcp"], ports: [range] };
}
function byProtocol(ports) {
  const groups = /* @__PURE__ */ new Map();
  for (const port2 of ports) groups.set(port2.protocol, [...groups.get(port2.protocol) ?? [], port2.range]);
  return [...groups];
}
function richRule(element, text2, file, context, lines) {
  const child = (name) => element.children.find((c) => c.name === name);
  const action = child("accept") ? "accept" : child("drop") ? "drop" : child("reject") ? "reject" : "continue";
  let rule = { ...blankRule(text2, action), log: Boolean(child("log") || child("nflog")) };
  const family = element.attributes["family"];
  if (family === "ipv4" || family === "ipv6") rule.family = family;
  for (const [name, field] of [["source", "sources"], ["destination", "destinations"]]) {
    const address = child(name);
    if (!address) continue;
    if (address.attributes["address"]) rule[field] = addresses([address.attributes["address"]]);
    else rule.conditions.push(raw(text2, address));
    if (/^true$/i.test(address.attributes["invert"] ?? "")) rule.negated.push(field);
  }
  const match = element.children.find((c) => ["service", "port", "protocol"].includes(c.name));
  if (match) return openings(match, text2, file, context, lines).map((opening) => ({ ...rule, protocols: opening.protocols, ports: opening.ports, ...pick(opening) }));
  for (const other of element.children.filter((c) => ["icmp-block", "icmp-type", "source-port", "forward-port", "masquerade"].includes(c.name))) rule = { ...rule, conditions: [...rule.conditions, other.name] };
  return [rule];
}
function pick(rule) {
  return { ...rule.service ? { service: rule.service } : {}, ...rule.unresolved ? { unresolved: rule.unresolved } : {} };
}
function customService(name, file, context) {
  const dir = join2(dirname2(dirname2(file)), "services");
  if (!context.listDir(dir)?.includes(`${name}.xml`)) return void 0;
  try {
    const path3 = join2(dir, `${name}.xml`);
    const service = parseXml(context.readFile(path3, file), path3);
    return service.children.filter((c) => c.name === "port").flatMap((c) => {
      const range = portRange(c.attributes["port"] ?? "");
      return range ? [{ protocol: c.attributes["protocol"] ?? "tcp", range }] : [];
    });
  } catch {
    return void 0;
  }
}
function readConf(file, context) {
  const dir = dirname2(dirname2(file));
  if (!context.listDir(dir)?.includes("firewalld.conf")) return void 0;
  const path3 = join2(dir, "firewalld.conf");
  let text2;
  try {
    text2 = context.readFile(path3, file);
  } catch {
    return void 0;
  }
  const lines = new LineIndex(text2);
  const values = {};
  const spans = {};
  let offset = 0;
  for (const line of text2.split("\n")) {
    const match = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) {
      values[match[1]] = match[2].replace(/^"|"$/g, "");
      spans[match[1]] = lines.span(offset, offset + line.length);
    }
    offset += line.length + 1;
  }
  return { values, related: (key2, message) => [{ file: path3, ...spans[key2] ?? lines.span(0, 0), message }] };
}
function raw(text2, element) {
  return text2.slice(element.start, element.outerEnd).replace(/\s*\n\s*/g, " ");
}
function fail(file, lines, element, message) {
  const at3 = lines.position(element.start);
  throw new InputError(file, message, at3.line, at3.column);
}

// src/formats/firewall/iptables.ts
var TERMINAL = { ACCEPT: "accept", DROP: "drop", REJECT: "reject", RETURN: "return" };
var LOGGING_TARGETS = /* @__PURE__ */ new Set(["LOG", "NFLOG", "ULOG"]);
var MATCH_OPTIONS = {
  "-p": "protocol",
  "--protocol": "protocol",
  "-s": "saddr",
  "--source": "saddr",
  "--src": "saddr",
  "-d": "daddr",
  "--destination": "daddr",
  "--dst": "daddr",
  "-i": "iif",
  "--in-interface": "iif",
  "--dport": "dport",
  "--destination-port": "dport",
  "--dports": "dport",
  "--destination-ports": "dport",
  "--state": "state",
  "--ctstate": "state"
};
function parseSave(text2, file) {
  const lines = new LineIndex(text2);
  let table2;
  let filter;
  let offset = 0;
  let lineNo = 0;
  for (const raw2 of text2.split("\n")) {
    lineNo++;
    const start = offset;
    offset += raw2.length + 1;
    const line = raw2.replace(/\r$/, "");
    const trimmed = line.trim();
    const fail2 = (message) => {
      throw new InputError(file, message, lineNo, line.length - line.trimStart().length + 1);
    };
    const span = lines.span(start + (line.length - line.trimStart().length), start + line.length);
    if (!trimmed || trimmed.startsWith("#")) continue;
    if (trimmed.startsWith("*")) {
      if (table2) fail2(`table *${trimmed.slice(1)} starts before *${table2.name} (line ${table2.line}) is committed`);
      table2 = { name: trimmed.slice(1), line: lineNo };
      if (table2.name === "filter") table2.filter = filter = { chains: /* @__PURE__ */ new Map(), rules: [] };
    } else if (trimmed === "COMMIT") {
      if (!table2) fail2("COMMIT outside a table");
      table2 = void 0;
    } else if (trimmed.startsWith(":")) {
      if (!table2) fail2("chain declared outside a table (missing *filter line?)");
      const [name, policy] = trimmed.slice(1).split(/\s+/);
      if (!name || !policy) fail2(`chain declaration "${trimmed}" needs a name and a policy`);
      table2.filter?.chains.set(name, { name, policy, span });
    } else if (trimmed.startsWith("-") || trimmed.startsWith("[")) {
      if (!table2) fail2("rule outside a table (missing *filter line?)");
      const declared = table2.filter?.chains;
      const rule = parseRule(trimmed, new Set(declared?.keys()), fail2);
      if (declared && !declared.has(rule.chain)) fail2(`rule appends to chain ${rule.chain}, which is not declared in *${table2.name}`);
      table2.filter?.rules.push({ ...rule, span });
    } else fail2(`unexpected line "${trimmed.slice(0, 40)}" (expected *table, :chain, a rule or COMMIT)`);
  }
  if (table2) throw new InputError(file, `table *${table2.name} is never committed (missing COMMIT)`, table2.line);
  return { ...filter ? { filter } : {}, lines, family: familyOf(text2, file) };
}
function familyOf(text2, file) {
  if (/^#.*ip6tables-save/m.test(text2) || /^:ufw6-/m.test(text2) || /(^|\/)(rules\.v6|ip6tables[^/]*|user6\.rules)$/.test(file)) return "ipv6";
  if (/\s-[sd]\s+!?\s*[0-9a-f]*:[0-9a-f:]*(\/\d+)?\s/i.test(text2)) return "ipv6";
  return "ipv4";
}
function words(line, fail2) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const match of line.matchAll(re)) out.push(match[1] !== void 0 ? match[1].replace(/\\(.)/g, "$1") : match[2]);
  if ((line.match(/(?<!\\)"/g)?.length ?? 0) % 2) fail2("unterminated quote");
  return out;
}
function parseRule(line, userChains, fail2) {
  const tokens = words(line, fail2);
  const matches = [];
  const conditions = [];
  let chain;
  let verdict = { kind: "continue" };
  let log = false;
  let negate = false;
  let i = tokens[0]?.startsWith("[") ? 1 : 0;
  const value2 = (option) => {
    let next = tokens[++i];
    if (next === "!") {
      negate = true;
      next = tokens[++i];
    }
    if (next === void 0) fail2(`option ${option} needs a value`);
    return next;
  };
  const optionArguments = () => {
    const args = [];
    while (i + 1 < tokens.length && !/^(-|!$)/.test(tokens[i + 1])) args.push(tokens[++i]);
    return args;
  };
  const skipTargetOptions = () => {
    while (i + 1 < tokens.length && tokens[i + 1].startsWith("--") && !MATCH_OPTIONS[tokens[i + 1]]) {
      i++;
      optionArguments();
    }
  };
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "!") {
      negate = true;
      continue;
    }
    const key2 = MATCH_OPTIONS[token];
    if (key2) {
      const values = value2(token).split(",");
      matches.push({ key: key2, values, negated: negate });
    } else if (token === "-A" || token === "--append" || token === "-I" || token === "--insert") {
      chain = value2(token);
      if (/^\d+$/.test(tokens[i + 1] ?? "")) i++;
    } else if (token === "-m" || token === "--match") {
      value2(token);
    } else if (token === "-j" || token === "--jump" || token === "-g" || token === "--goto") {
      const target = value2(token);
      skipTargetOptions();
      if (LOGGING_TARGETS.has(target)) log = true;
      else if (TERMINAL[target]) verdict = { kind: TERMINAL[target] };
      else if (userChains.has(target)) verdict = { kind: token === "-g" || token === "--goto" ? "goto" : "jump", target };
      else conditions.push(`-j ${target}`);
    } else if (token === "--comment") {
      value2(token);
    } else if (token.startsWith("-")) {
      conditions.push([token, ...optionArguments()].join(" "));
    } else fail2(`unexpected "${token}" in rule`);
    negate = false;
  }
  if (!chain) fail2("rule without -A or -I chain");
  return { chain, statement: { matches, conditions, log, verdict, text: line } };
}
var BUILTIN_CHAINS = { input: "INPUT", forward: "FORWARD", output: "OUTPUT" };
function addFilterViews(document2, map, save, names) {
  const filter = save.filter ?? { chains: /* @__PURE__ */ new Map(), rules: [] };
  const chains = {};
  for (const chain of filter.chains.values()) {
    chains[chain.name] = { policy: chain.policy };
    map.set(["chains", chain.name], chain.span);
  }
  document2.chains = chains;
  const entries2 = new Map([...filter.chains.keys()].map((name) => [name, []]));
  const known = new Set(filter.chains.keys());
  const jumps = /* @__PURE__ */ new Map();
  for (const line of filter.rules) {
    const path3 = ["rules", document2.rules.length];
    const entry2 = toEntry(line.statement, path3, known);
    document2.rules.push({ ...entry2.rule, chain: line.chain });
    entries2.get(line.chain).push(entry2);
    if (entry2.jump) jumps.set(entry2.jump, [...jumps.get(entry2.jump) ?? [], { file: map.file, ...line.span, message: `reached through "${line.statement.text}"` }]);
  }
  document2.rules.forEach((rule, i) => map.set(["rules", i], filter.rules[i].span, jumps.get(rule.chain)));
  const views = {};
  for (const direction of ["input", "forward", "output"]) {
    const name = names[direction];
    const declared = filter.chains.get(name);
    const policy = declared ? POLICIES[declared.policy] : void 0;
    const rules = flatten(entries2, name, save.family);
    views[direction] = {
      ...policy ? { policy } : !save.filter ? { policy: "accept" } : {},
      policyReason: declared ? `${name} policy ${declared.policy}` : `no *filter table: nothing is filtered`,
      policyPath: declared ? ["chains", name] : [],
      rules,
      logDropped: logsDrops(rules)
    };
  }
  document2[save.family] = views;
}
var POLICIES = { ACCEPT: "accept", DROP: "drop" };
function iptablesDocument(text2, file) {
  const save = parseSave(text2, file);
  const document2 = { format: "iptables", rules: [] };
  const map = new SourceMap(file, save.lines.span(0, Math.max(0, text2.indexOf("\n"))));
  addFilterViews(document2, map, save, BUILTIN_CHAINS);
  return { document: document2, map };
}

// src/formats/firewall/nft-model.ts
var TABLE_FAMILIES = { ip: ["ipv4"], ip6: ["ipv6"], inet: ["ipv4", "ipv6"] };
var DIRECTIONS = ["input", "forward", "output"];
var PRIORITY_NAMES = { raw: -300, mangle: -150, dstnat: -100, filter: 0, security: 50, srcnat: 100 };
function key(chain) {
  return `${chain.family} ${chain.table} ${chain.name}`;
}
function nftDocument(chains, map) {
  const document2 = { format: "nftables", rules: [], chains: {} };
  const entries2 = new Map(chains.map((chain) => [key(chain), []]));
  const known = new Set(entries2.keys());
  for (const chain of chains) {
    document2.chains[key(chain)] = {
      ...chain.policy ? { policy: chain.policy } : {},
      ...chain.hook ? { hook: chain.hook } : {},
      family: chain.family
    };
    map.set(["chains", key(chain)], chain.span);
    for (const rule of chain.rules) {
      for (const statement of rule.statements) {
        const path3 = ["rules", document2.rules.length];
        const verdict = statement.verdict;
        const qualified = verdict.kind === "jump" || verdict.kind === "goto" ? { ...statement, verdict: { ...verdict, target: key({ ...chain, name: verdict.target }) } } : statement;
        const entry2 = toEntry(qualified, path3, known);
        document2.rules.push({ ...entry2.rule, chain: key(chain) });
        map.set(path3, rule.span);
        entries2.get(key(chain)).push(entry2);
      }
    }
  }
  for (const family of FAMILIES) {
    const views = {};
    for (const direction of DIRECTIONS) {
      const base = chains.filter((chain) => chain.hook === direction && (chain.type ?? "filter") === "filter" && TABLE_FAMILIES[chain.family]?.includes(family)).sort((a, b) => a.priority - b.priority);
      if (base.length) views[direction] = view(base, entries2, family);
    }
    if (Object.keys(views).length) document2[family] = views;
  }
  unfilteredFamily(document2, chains);
  return document2;
}
function view(base, entries2, family) {
  const deciding = base.find((chain) => chain.policy === "drop") ?? base[0];
  const rules = base.flatMap((chain) => flatten(entries2, key(chain), family));
  return {
    policy: deciding.policy === "drop" ? "drop" : "accept",
    policyReason: deciding.policy ? `chain ${key(deciding)} policy ${deciding.policy}` : `chain ${key(deciding)} sets no policy, so it accepts`,
    policyPath: ["chains", key(deciding)],
    rules,
    logDropped: logsDrops(rules)
  };
}
function unfilteredFamily(document2, chains) {
  const [filtered, open] = document2.ipv4?.input && !document2.ipv6?.input ? ["ipv4", "ipv6"] : document2.ipv6?.input && !document2.ipv4?.input ? ["ipv6", "ipv4"] : [];
  if (!filtered || !open) return;
  const witness = chains.find((chain) => document2.chains[key(chain)]?.hook === "input" && TABLE_FAMILIES[chain.family]?.includes(filtered));
  document2[open] = {
    ...document2[open],
    input: {
      policy: "accept",
      policyReason: `no base chain filters ${open === "ipv6" ? "IPv6" : "IPv4"} input (only the ${witness.family} table ${witness.table} does, for ${filtered === "ipv4" ? "IPv4" : "IPv6"})`,
      policyPath: ["chains", key(witness)],
      rules: []
    }
  };
}

// src/formats/firewall/nftables.ts
var NEWLINE = "\n";
var PUNCTUATION = /* @__PURE__ */ new Set(["{", "}", ";", ","]);
var VERDICTS = /* @__PURE__ */ new Set(["accept", "drop", "reject", "return", "continue", "queue", "jump", "goto"]);
function tokenize(text2, file, lines) {
  const tokens = [];
  let i = 0;
  while (i < text2.length) {
    const c = text2[i];
    if (c === "\\" && text2[i + 1] === "\n") i += 2;
    else if (c === " " || c === "	" || c === "\r") i++;
    else if (c === "\n") tokens.push({ text: NEWLINE, start: i, end: ++i });
    else if (c === "#") while (i < text2.length && text2[i] !== "\n") i++;
    else if (c === '"') {
      const end = text2.indexOf('"', i + 1);
      const newline = text2.indexOf("\n", i + 1);
      if (end === -1 || newline !== -1 && newline < end) {
        const at3 = lines.position(i);
        throw new InputError(file, "unterminated string", at3.line, at3.column);
      }
      tokens.push({ text: text2.slice(i + 1, end), start: i, end: end + 1, quoted: true });
      i = end + 1;
    } else if (PUNCTUATION.has(c)) tokens.push({ text: c, start: i, end: ++i });
    else {
      const start = i;
      while (i < text2.length && !/[\s{};,"#]/.test(text2[i])) i++;
      tokens.push({ text: text2.slice(start, i), start, end: i });
    }
  }
  return tokens;
}
function parseNftText(text2, file) {
  const lines = new LineIndex(text2);
  const parser = new Parser2(text2, tokenize(text2, file, lines), file, lines);
  parser.parseFile();
  return { chains: parser.chains, lines };
}
var Parser2 = class {
  constructor(source, tokens, file, lines) {
    this.source = source;
    this.tokens = tokens;
    this.file = file;
    this.lines = lines;
  }
  source;
  tokens;
  file;
  lines;
  chains = [];
  sets = /* @__PURE__ */ new Map();
  maps = /* @__PURE__ */ new Map();
  defines = /* @__PURE__ */ new Map();
  i = 0;
  fail(message, token = this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]) {
    const at3 = token ? this.lines.position(token.start) : { line: 1, column: 1 };
    throw new InputError(this.file, message, at3.line, at3.column);
  }
  peek() {
    return this.tokens[this.i];
  }
  next(what) {
    const token = this.tokens[this.i++];
    if (!token || token.text === NEWLINE) this.fail(`expected ${what}`, token ?? this.tokens[this.i - 2]);
    return token;
  }
  expect(text2) {
    const token = this.next(`"${text2}"`);
    if (token.text !== text2 || token.quoted) this.fail(`expected "${text2}", found "${token.text}"`, token);
    return token;
  }
  skipSeparators() {
    while (this.peek() && (this.peek().text === NEWLINE || this.peek().text === ";") && !this.peek().quoted) this.i++;
  }
  /** The tokens up to the end of the statement (newline or `;` outside braces, or the block's `}`). */
  statementTokens() {
    const out = [];
    let depth = 0;
    for (let token = this.peek(); token; token = this.peek()) {
      if (!token.quoted && depth === 0 && (token.text === NEWLINE || token.text === ";" || token.text === "}")) break;
      this.i++;
      if (token.quoted) out.push(token);
      else if (token.text === "{") {
        depth++;
        out.push(token);
      } else if (token.text === "}") {
        depth--;
        out.push(token);
      } else if (token.text !== NEWLINE) out.push(...this.substitute(token));
    }
    if (depth > 0) this.fail('unbalanced "{"');
    return out;
  }
  /** `$name` stands for the tokens of `define name = ...`. */
  substitute(token) {
    if (!token.text.startsWith("$")) return [token];
    const value2 = this.defines.get(token.text.slice(1));
    if (!value2) this.fail(`undefined variable ${token.text}`, token);
    return value2.map((part) => ({ ...part, start: token.start, end: token.end }));
  }
  parseFile() {
    for (this.skipSeparators(); this.peek(); this.skipSeparators()) {
      const token = this.next("a command");
      switch (token.text) {
        case "table":
          this.table(token);
          break;
        case "define": {
          const name = this.next("a variable name");
          this.expect("=");
          this.defines.set(name.text, this.statementTokens());
          break;
        }
        case "flush":
        case "delete":
        case "destroy":
          this.statementTokens();
          break;
        case "add":
        case "create":
        case "insert":
          this.command(token);
          break;
        case "include":
          this.fail("include is not followed: check the included files on their own, or the output of `nft list ruleset`", token);
        default:
          this.fail(`unexpected "${token.text}" (expected table, define, flush or add)`, token);
      }
    }
  }
  /** `add table F T`, `add chain F T C [{ ... }]`, `add rule F T C ...`, `add set F T S { ... }`. */
  command(verb) {
    const what = this.next("table, chain, rule, set or map").text;
    const [family, table2] = this.tableName();
    if (what === "table") {
      if (this.peek()?.text === "{") {
        this.i++;
        this.tableBody(family, table2, verb);
      }
      return;
    }
    const name = this.next(`a ${what} name`).text;
    if (what === "chain") {
      const chain = this.chain(family, table2, name, verb);
      if (this.peek()?.text === "{") {
        this.i++;
        this.chainBody(chain);
      }
    } else if (what === "rule") {
      const chain = this.chains.find((c) => c.family === family && c.table === table2 && c.name === name) ?? this.fail(`rule for chain ${name}, which is not declared`, verb);
      const tokens = this.statementTokens();
      if (/^(index|position|handle)$/.test(tokens[0]?.text ?? "")) tokens.splice(0, 2);
      const rule = this.rule(tokens, chain);
      if (verb.text === "insert") chain.rules.unshift(rule);
      else chain.rules.push(rule);
    } else if (what === "set" || what === "map") {
      this.expect("{");
      this.setBody(what, `${family} ${table2} ${name}`);
    } else this.statementTokens();
  }
  tableName() {
    const first = this.next("a table family or name").text;
    if (first in FAMILY_NAMES) return [first, this.next("a table name").text];
    return ["ip", first];
  }
  table(start) {
    const [family, name] = this.tableName();
    this.expect("{");
    this.tableBody(family, name, start);
  }
  tableBody(family, table2, start) {
    for (this.skipSeparators(); this.peek()?.text !== "}"; this.skipSeparators()) {
      if (!this.peek()) this.fail(`table ${table2} is not closed with "}"`, start);
      const token = this.next("chain, set or map");
      if (token.text === "chain") {
        const name = this.next("a chain name");
        this.expect("{");
        this.chainBody(this.chain(family, table2, name.text, token));
      } else if (token.text === "set" || token.text === "map") {
        const name = this.next(`a ${token.text} name`);
        this.expect("{");
        this.setBody(token.text, `${family} ${table2} ${name.text}`);
      } else if (["flags", "comment"].includes(token.text)) this.statementTokens();
      else if (["counter", "quota", "flowtable", "ct", "limit", "secmark", "synproxy"].includes(token.text)) this.skipBlock();
      else this.fail(`unexpected "${token.text}" in table ${table2}`, token);
    }
    this.i++;
  }
  chain(family, table2, name, token) {
    const existing = this.chains.find((c) => c.family === family && c.table === table2 && c.name === name);
    if (existing) return existing;
    const chain = { family, table: table2, name, priority: 0, span: this.lines.span(token.start, token.end), rules: [] };
    this.chains.push(chain);
    return chain;
  }
  chainBody(chain) {
    const open = this.tokens[this.i - 1];
    for (this.skipSeparators(); this.peek()?.text !== "}"; this.skipSeparators()) {
      if (!this.peek()) this.fail(`chain ${chain.name} is not closed with "}"`, open);
      const first = this.peek();
      if (first.text === "type" && !first.quoted) this.chainType(chain);
      else if (first.text === "policy" && !first.quoted) {
        this.i++;
        const policy = this.next("a policy");
        if (policy.text !== "accept" && policy.text !== "drop") this.fail(`policy must be accept or drop, not "${policy.text}"`, policy);
        chain.policy = policy.text;
        chain.span = this.lines.span(first.start, policy.end);
      } else if (first.text === "comment" || first.text === "devices") this.statementTokens();
      else chain.rules.push(this.rule(this.statementTokens(), chain));
    }
    this.i++;
  }
  /** `type filter hook input priority filter + 10` (the policy may follow on the same line). */
  chainType(chain) {
    const start = this.next("type");
    chain.type = this.next("a chain type").text;
    this.expect("hook");
    const hook = this.next("a hook");
    chain.hook = hook.text;
    if (this.peek()?.text === "device") this.i += 2;
    this.expect("priority");
    const parts = [];
    for (let token = this.peek(); token && token.text !== ";" && token.text !== NEWLINE && token.text !== "}"; token = this.peek()) {
      parts.push(...this.substitute(this.tokens[this.i++]).map((part) => part.text));
    }
    chain.priority = priority(parts.join(" ")) ?? this.fail(`unreadable priority "${parts.join(" ")}"`, start);
    if (chain.policy === void 0) chain.span = this.lines.span(start.start, hook.end);
  }
  setBody(kind, name) {
    const open = this.tokens[this.i - 1];
    let elements = [];
    for (this.skipSeparators(); this.peek()?.text !== "}"; this.skipSeparators()) {
      if (!this.peek()) this.fail(`${kind} is not closed with "}"`, open);
      const tokens = this.statementTokens();
      if (tokens[0]?.text === "elements") elements = tokens.slice(2);
    }
    this.i++;
    const items = setItems(elements);
    if (kind === "set") this.sets.set(name, items);
    else this.maps.set(name, items.map((item) => item.split(/\s*:\s*/)));
  }
  skipBlock() {
    const tokens = this.statementTokens();
    if (!tokens.some((token) => token.text === "{")) this.fail("expected a block");
  }
  /** One rule: its matches, log and verdict; a verdict map makes one statement per entry. */
  rule(tokens, chain) {
    if (!tokens.length) this.fail("empty rule");
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    const text2 = this.source.slice(first.start, last.end).replace(/\s+/g, " ");
    const reader = new RuleReader(tokens, (message, token) => this.fail(message, token ?? first), this.sets, this.maps, `${chain.family} ${chain.table}`);
    return { statements: reader.read(text2), span: this.lines.span(first.start, last.end) };
  }
};
var FAMILY_NAMES = { ip: true, ip6: true, inet: true, arp: true, bridge: true, netdev: true };
function priority(text2) {
  const match = /^(-?\d+|[a-z]+)(?:\s*([+-])\s*(\d+))?$/.exec(text2.trim());
  if (!match) return void 0;
  const base = /^-?\d+$/.test(match[1]) ? Number(match[1]) : PRIORITY_NAMES[match[1]];
  if (base === void 0) return void 0;
  return match[2] ? base + (match[2] === "+" ? 1 : -1) * Number(match[3]) : base;
}
function setItems(tokens) {
  const items = [];
  let current = [];
  for (const token of tokens) {
    if (!token.quoted && (token.text === "{" || token.text === "}" || token.text === ",")) {
      if (current.length) items.push(current.join(" "));
      current = [];
    } else current.push(token.text);
  }
  if (current.length) items.push(current.join(" "));
  return items;
}
var FIELDS = {
  "ip saddr": { key: "saddr", family: "ipv4" },
  "ip6 saddr": { key: "saddr", family: "ipv6" },
  "ip daddr": { key: "daddr", family: "ipv4" },
  "ip6 daddr": { key: "daddr", family: "ipv6" },
  "ip protocol": { key: "protocol", family: "ipv4" },
  "ip6 nexthdr": { key: "protocol", family: "ipv6" },
  "meta l4proto": { key: "protocol" },
  "meta nfproto": { key: "family" },
  "meta iif": { key: "iif" },
  "meta iifname": { key: "iif" },
  "ct state": { key: "state" },
  "tcp dport": { key: "dport", protocol: true },
  "udp dport": { key: "dport", protocol: true },
  "sctp dport": { key: "dport", protocol: true },
  "dccp dport": { key: "dport", protocol: true },
  "udplite dport": { key: "dport", protocol: true },
  "th dport": { key: "dport" }
};
function fieldMatches(field, values, negated, inetTable) {
  const known = FIELDS[field];
  if (!known) return void 0;
  const matches = [];
  if (known.protocol) matches.push({ key: "protocol", values: [field.split(" ")[0]], negated: false });
  if (known.family && inetTable) matches.push({ key: "family", values: [known.family], negated: false });
  if (known.key === "family") matches.push({ key: "family", values: values.map((value2) => FAMILY_VALUES[value2] ?? value2), negated });
  else matches.push({ key: known.key, values, negated });
  return matches;
}
var SINGLE_FIELDS = { iif: "meta iif", iifname: "meta iifname" };
var PAYLOADS = /* @__PURE__ */ new Set(["ip", "ip6", "tcp", "udp", "sctp", "dccp", "udplite", "th", "meta", "ct", "icmp", "icmpv6", "ether", "vlan", "arp", "fib", "rt", "socket", "osf", "ipsec", "numgen", "jhash", "symhash", "ah", "esp", "comp", "frag", "hbh", "mh", "rt0", "dst"]);
var PROTOCOL_PAYLOADS = /* @__PURE__ */ new Set(["tcp", "udp", "sctp", "dccp", "udplite", "icmp", "icmpv6"]);
var FAMILY_VALUES = { ipv4: "ipv4", ipv6: "ipv6", ip: "ipv4", ip6: "ipv6" };
var OPERATORS = /* @__PURE__ */ new Set(["==", "!=", "eq", "ne"]);
var ACTIONS = /* @__PURE__ */ new Set(["counter", "notrack", "masquerade", "snat", "dnat", "redirect", "mark", "flow", "set", "update", "add", "dup", "fwd", "tproxy", "synproxy"]);
var RuleReader = class {
  constructor(tokens, fail2, sets, maps, table2) {
    this.tokens = tokens;
    this.fail = fail2;
    this.sets = sets;
    this.maps = maps;
    this.table = table2;
  }
  tokens;
  fail;
  sets;
  maps;
  table;
  i = 0;
  matches = [];
  conditions = [];
  log = false;
  verdict = { kind: "continue" };
  unresolved;
  vmap;
  read(text2) {
    while (this.i < this.tokens.length) this.expression();
    const base = { matches: this.matches, conditions: this.conditions, log: this.log, verdict: this.verdict, text: text2, ...this.unresolved ? { unresolved: this.unresolved } : {} };
    if (!this.vmap) return [base];
    const vmap = this.vmap;
    return vmap.entries.map(([value2, verdict]) => ({
      ...base,
      matches: [...base.matches, ...fieldMatches(vmap.field, [value2], false, this.table.startsWith("inet "))],
      verdict: parseVerdict(verdict.split(" ")) ?? this.fail(`unreadable verdict "${verdict}" in verdict map`)
    }));
  }
  token() {
    return this.tokens[this.i];
  }
  expression() {
    const token = this.tokens[this.i];
    const word2 = token.text;
    if (VERDICTS.has(word2)) this.readVerdict(token);
    else if (word2 === "log") {
      this.log = true;
      this.i++;
      this.skipOptions();
    } else if (word2 === "comment") this.i += 2;
    else if (word2 === "limit" || word2 === "quota") this.conditions.push(this.collect());
    else if (SINGLE_FIELDS[word2]) {
      this.i++;
      this.match(SINGLE_FIELDS[word2], token);
    } else if (PAYLOADS.has(word2)) {
      const field = `${word2} ${this.tokens[this.i + 1]?.text ?? ""}`;
      if (FIELDS[field] && this.tokens[this.i + 2]?.text !== "set") {
        this.i += 2;
        this.match(field, token);
      } else {
        if (PROTOCOL_PAYLOADS.has(word2)) this.matches.push({ key: "protocol", values: [word2], negated: false });
        const condition = this.collect();
        if (!/ set /.test(condition)) this.conditions.push(condition);
      }
    } else if (ACTIONS.has(word2)) this.collect();
    else this.fail(`unexpected "${word2}" in rule`, token);
  }
  readVerdict(token) {
    const words2 = this.tokens.slice(this.i, this.i + 2).map((t) => t.text);
    this.verdict = parseVerdict(words2) ?? this.fail(`"${token.text}" needs a chain name`, token);
    this.i += this.verdict.kind === "jump" || this.verdict.kind === "goto" ? 2 : 1;
    if (this.token()?.text === "with") this.i += this.tokens[this.i + 2]?.text === "type" ? 4 : 3;
    if (token.text === "queue") this.skipOptions();
  }
  /** A field the model describes, followed by its values or a verdict map. */
  match(field, at3) {
    if (this.token()?.text === "vmap") {
      this.i++;
      this.vmap = { field, entries: this.mapEntries() };
      return;
    }
    const { values, negated } = this.values(at3);
    this.matches.push(...fieldMatches(field, values, negated, this.table.startsWith("inet ")));
  }
  /** A value, a `{ set }`, a `@named` set, or a comma list, after an optional == or !=. */
  values(at3) {
    let negated = false;
    if (OPERATORS.has(this.token()?.text ?? "")) negated = ["!=", "ne"].includes(this.tokens[this.i++].text);
    const token = this.token() ?? this.fail("expected a value", at3);
    if (token.text === "{" && !token.quoted) return { values: this.braced(), negated };
    this.i++;
    if (token.text.startsWith("@")) {
      const elements = this.sets.get(`${this.table} ${token.text.slice(1)}`);
      if (!elements?.length) this.unresolved = `set ${token.text} has no elements in this file`;
      return { values: elements ?? [], negated };
    }
    const values = [token.text];
    while (this.token()?.text === "," && !this.token().quoted) {
      this.i++;
      values.push(this.tokens[this.i++]?.text ?? this.fail('expected a value after ","', at3));
    }
    return { values, negated };
  }
  braced() {
    const open = this.tokens[this.i];
    const close = this.tokens.findIndex((token, index) => index > this.i && token.text === "}" && !token.quoted);
    if (close === -1) this.fail('unbalanced "{"', open);
    const items = setItems(this.tokens.slice(this.i + 1, close));
    this.i = close + 1;
    return items;
  }
  mapEntries() {
    const token = this.token() ?? this.fail("expected a verdict map");
    if (token.text.startsWith("@")) {
      this.i++;
      const entries2 = this.maps.get(`${this.table} ${token.text.slice(1)}`);
      if (!entries2) this.fail(`map ${token.text} is not defined in this file`, token);
      return entries2;
    }
    if (token.text !== "{") this.fail('expected "{" after vmap', token);
    return this.braced().map((item) => {
      const [value2, verdict] = item.split(/\s*:\s*/);
      if (!value2 || !verdict) this.fail(`verdict map entry "${item}" needs "value : verdict"`, token);
      return [value2, verdict];
    });
  }
  /** The words up to the next expression the reader knows, as one condition. */
  collect() {
    const start = this.i++;
    while (this.i < this.tokens.length && !this.startsExpression()) {
      if (this.tokens[this.i].text === "{") this.braced();
      else this.i++;
    }
    return this.tokens.slice(start, this.i).map((token) => token.text).join(" ");
  }
  skipOptions() {
    while (this.i < this.tokens.length && !this.startsExpression()) this.i++;
  }
  startsExpression() {
    const token = this.tokens[this.i];
    if (token.quoted) return false;
    return VERDICTS.has(token.text) || ["log", "counter", "comment", "limit"].includes(token.text) || `${token.text} ${this.tokens[this.i + 1]?.text}` in FIELDS;
  }
};
function parseVerdict(words2) {
  const [kind, target] = words2;
  if (kind === "jump" || kind === "goto") return target ? { kind, target } : void 0;
  if (kind === "accept" || kind === "drop" || kind === "reject" || kind === "return" || kind === "continue") return { kind };
  if (kind === "queue") return { kind: "continue" };
  return void 0;
}

// src/formats/firewall/nft-json.ts
var VERDICT_KEYS = /* @__PURE__ */ new Set(["accept", "drop", "reject", "return", "continue", "jump", "goto", "queue"]);
function looksLikeNftJson(text2) {
  return /^\s*\{\s*"nftables"\s*:/.test(text2);
}
function parseNftJson(text2, file) {
  const lines = new LineIndex(text2);
  const errors = [];
  const root = parseTree2(text2, errors, { allowTrailingComma: false, disallowComments: true });
  const fail2 = (message, offset) => {
    const at3 = lines.position(offset);
    throw new InputError(file, message, at3.line, at3.column);
  };
  if (errors.length) fail2(`invalid JSON: ${printParseErrorCode(errors[0].error)}`, errors[0].offset);
  const list2 = root?.children?.find((property2) => property2.children?.[0]?.value === "nftables")?.children?.[1];
  if (!list2 || list2.type !== "array") return fail2('expected {"nftables": [...]}', 0);
  const chains = [];
  const sets = /* @__PURE__ */ new Map();
  const find = (family, table2, name) => chains.find((c) => c.family === family && c.table === table2 && c.name === name);
  for (const element of list2.children ?? []) {
    const [kind, body] = entry(element);
    if (!kind || !body) continue;
    const span = lines.span(element.offset, element.offset + element.length);
    const family = str(body["family"]);
    const table2 = str(body["table"]);
    if (kind === "chain") {
      const priority2 = typeof body["prio"] === "number" ? body["prio"] : PRIORITY_NAMES[str(body["prio"])] ?? 0;
      chains.push({
        family,
        table: table2,
        name: str(body["name"]),
        ...body["type"] ? { type: str(body["type"]) } : {},
        ...body["hook"] ? { hook: str(body["hook"]) } : {},
        priority: priority2,
        ...body["policy"] ? { policy: str(body["policy"]) } : {},
        span,
        rules: []
      });
    } else if (kind === "set") {
      sets.set(`${family} ${table2} ${str(body["name"])}`, Array.isArray(body["elem"]) ? body["elem"].map(value) : []);
    } else if (kind === "rule") {
      const chain = find(family, table2, str(body["chain"])) ?? fail2(`rule for chain ${str(body["chain"])}, which is not listed before it`, element.offset);
      if (!Array.isArray(body["expr"])) fail2('rule without "expr"', element.offset);
      const reader = new ExpressionReader(sets, `${family} ${table2}`, (message) => fail2(message, element.offset));
      const name = `rule handle ${str(body["handle"]) || "?"} in chain ${family} ${table2} ${chain.name}`;
      chain.rules.push({ statements: reader.read(body["expr"], name), span });
    }
  }
  return { chains, lines };
}
function entry(node) {
  const property2 = node.children?.[0];
  const name = property2?.children?.[0]?.value;
  const body = property2?.children?.[1];
  return [name, body ? toJson(body) : void 0];
}
function toJson(node) {
  if (node.type === "object") return Object.fromEntries((node.children ?? []).map((p) => [p.children[0].value, toJson(p.children[1])]));
  if (node.type === "array") return (node.children ?? []).map(toJson);
  return node.value;
}
function str(value2) {
  return typeof value2 === "string" ? value2 : typeof value2 === "number" ? String(value2) : "";
}
function value(json) {
  if (json && typeof json === "object" && !Array.isArray(json)) {
    if ("prefix" in json) {
      const prefix = json["prefix"];
      return `${str(prefix["addr"])}/${str(prefix["len"])}`;
    }
    if ("range" in json && Array.isArray(json["range"])) return json["range"].map(value).join("-");
  }
  return str(json);
}
var ExpressionReader = class {
  constructor(sets, table2, fail2) {
    this.sets = sets;
    this.table = table2;
    this.fail = fail2;
  }
  sets;
  table;
  fail;
  matches = [];
  conditions = [];
  log = false;
  verdict = { kind: "continue" };
  unresolved;
  vmap;
  read(expressions, text2) {
    for (const expression of expressions) this.expression(expression);
    const base = { matches: this.matches, conditions: this.conditions, log: this.log, verdict: this.verdict, text: text2, ...this.unresolved ? { unresolved: this.unresolved } : {} };
    const vmap = this.vmap;
    if (!vmap) return [base];
    return vmap.entries.map(([key2, verdict]) => ({ ...base, matches: [...base.matches, ...this.field(vmap.field, [key2], false)], verdict }));
  }
  expression(expression) {
    if (!expression || typeof expression !== "object" || Array.isArray(expression)) return this.fail("an expression must be an object");
    const [kind, body] = Object.entries(expression)[0] ?? [];
    if (!kind) return;
    if (VERDICT_KEYS.has(kind)) this.verdict = this.toVerdict(kind, body);
    else if (kind === "log") this.log = true;
    else if (kind === "match") this.match(body);
    else if (kind === "vmap") {
      const map = body;
      const data = map["data"]?.["set"];
      if (!Array.isArray(data)) return this.fail('verdict map without a "set" of entries');
      const entries2 = data.map((item) => {
        const [key2, verdict] = Array.isArray(item) ? item : [];
        const [verdictKind, verdictBody] = Object.entries(verdict ?? {})[0] ?? [];
        return [value(key2 ?? null), this.toVerdict(verdictKind ?? "", verdictBody ?? null)];
      });
      this.vmap = { field: fieldName(map["key"] ?? null) ?? this.fail("verdict map on an expression the model does not describe"), entries: entries2 };
    } else if (kind === "limit" || kind === "quota") this.conditions.push(`${kind} ${JSON.stringify(body)}`);
  }
  toVerdict(kind, body) {
    const target = body && typeof body === "object" && !Array.isArray(body) ? str(body["target"]) : "";
    return parseVerdict(target ? [kind, target] : [kind]) ?? this.fail(`unreadable verdict ${kind}`);
  }
  match(body) {
    const left = body["left"] ?? null;
    const field = fieldName(left);
    const negated = body["op"] === "!=";
    const right = body["right"] ?? null;
    let values;
    if (typeof right === "string" && right.startsWith("@")) {
      const elements = this.sets.get(`${this.table} ${right.slice(1)}`);
      if (!elements?.length) this.unresolved = `set ${right} has no elements in this ruleset`;
      values = elements ?? [];
    } else if (Array.isArray(right)) values = right.map(value);
    else if (right && typeof right === "object" && "set" in right && Array.isArray(right["set"])) values = right["set"].map(value);
    else values = [value(right)];
    const matches = field ? this.field(field, values, negated) : void 0;
    if (matches) this.matches.push(...matches);
    else this.conditions.push(JSON.stringify(body));
  }
  field(field, values, negated) {
    return fieldMatches(field, values, negated, this.table.startsWith("inet ")) ?? [];
  }
};
function fieldName(left) {
  if (!left || typeof left !== "object" || Array.isArray(left)) return void 0;
  const payload = left["payload"];
  if (payload) return `${str(payload["protocol"])} ${str(payload["field"])}`;
  const meta = left["meta"];
  if (meta) return `meta ${str(meta["key"])}`;
  const ct = left["ct"];
  if (ct) return `ct ${str(ct["key"])}`;
  return void 0;
}

// src/formats/firewall/ufw.ts
import { dirname as dirname3, join as join3 } from "node:path";
var POLICIES2 = { accept: "accept", allow: "accept", drop: "drop", deny: "drop", reject: "reject" };
var DIRECTION_WORDS = { input: "incoming", output: "outgoing", forward: "routed" };
var ADDRESS = /^(?:\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f]*:[0-9a-f:]*)(?:\/\d+)?$/i;
var DEFAULT_KEYS = { input: "DEFAULT_INPUT_POLICY", forward: "DEFAULT_FORWARD_POLICY", output: "DEFAULT_OUTPUT_POLICY" };
function looksLikeUserRules(text2) {
  return /^:ufw6?-user-input\b/m.test(text2);
}
function looksLikeStatus(text2) {
  if (!/^Status: (active|inactive)\s*$/m.test(text2)) return false;
  return /^Logging: (on|off)\b/m.test(text2) || /^To\s+Action\s+From\s*$/m.test(text2) || /^Status: \w+$/.test(text2.trim());
}
function userRulesDocument(text2, file, context) {
  const save = parseSave(text2, file);
  const prefix = save.family === "ipv6" ? "ufw6" : "ufw";
  const names = { input: `${prefix}-user-input`, forward: `${prefix}-user-forward`, output: `${prefix}-user-output` };
  const document2 = { format: "ufw", rules: [] };
  const map = new SourceMap(file, save.lines.span(0, Math.max(0, text2.indexOf("\n"))));
  addFilterViews(document2, map, save, names);
  const defaults = readKeyValues(join3(dirname3(dirname3(file)), "default", "ufw"), file, context);
  const conf = readKeyValues(join3(dirname3(file), "ufw.conf"), file, context);
  const settings = {};
  const views = document2[save.family];
  const logChains = [`${prefix}-after-logging-input`, `${prefix}-logging-deny`];
  const disabled = conf?.values["ENABLED"]?.toLowerCase() === "no";
  if (disabled) {
    settings["enabled"] = "no";
    map.set(["settings", "enabled"], map.locate(["chains", names.input]), conf.related("ENABLED"));
  }
  for (const direction of ["input", "forward", "output"]) {
    const view2 = views[direction];
    const chainPath = ["chains", names[direction]];
    delete view2.policy;
    view2.policyPath = chainPath;
    view2.loopbackImplicit = true;
    const key2 = DEFAULT_KEYS[direction];
    const value2 = defaults?.values[key2];
    if (disabled) {
      view2.policy = "accept";
      view2.policyReason = "ufw is disabled (ENABLED=no in ufw.conf)";
      view2.policyPath = ["settings", "enabled"];
    } else if (value2 && POLICIES2[value2.toLowerCase()]) {
      view2.policy = POLICIES2[value2.toLowerCase()];
      view2.policyReason = `${key2}="${value2}" in /etc/default/ufw`;
      settings[key2] = value2;
      view2.policyPath = ["settings", key2];
      map.set(view2.policyPath, map.locate(chainPath), defaults.related(key2));
    } else view2.policyReason = `${key2} is set in /etc/default/ufw, which the scan does not include`;
    if (direction === "input" && (document2.chains[logChains[0]] || document2.chains[logChains[1]])) {
      view2.logDropped = document2.rules.some((rule) => logChains.includes(rule.chain) && rule.log);
      view2.logPath = ["chains", logChains.find((name) => document2.chains[name])];
    }
  }
  document2.settings = settings;
  return { document: document2, map };
}
function readKeyValues(path3, from, context) {
  if (!context.listDir(dirname3(path3))?.includes(path3.slice(dirname3(path3).length + 1))) return void 0;
  let text2;
  try {
    text2 = context.readFile(path3, from);
  } catch {
    return void 0;
  }
  const lines = new LineIndex(text2);
  const values = {};
  const spans = {};
  let offset = 0;
  for (const line of text2.split("\n")) {
    const match = /^\s*([A-Z_0-9]+)=(.*?)\s*$/.exec(line);
    if (match) {
      values[match[1]] = match[2].replace(/^["']|["']$/g, "");
      spans[match[1]] = lines.span(offset, offset + line.length);
    }
    offset += line.length + 1;
  }
  return { values, related: (key2) => spans[key2] ? [{ file: path3, ...spans[key2], message: `set here: ${key2}=${values[key2]}` }] : [] };
}
function statusDocument(text2, file) {
  const lines = new LineIndex(text2);
  const rows = text2.split("\n");
  const offsets = [];
  rows.reduce((offset, row) => (offsets.push(offset), offset + row.length + 1), 0);
  const spanOf = (i) => lines.span(offsets[i], offsets[i] + rows[i].replace(/\r$/, "").length);
  const fail2 = (i, message) => {
    throw new InputError(file, message, i + 1, 1);
  };
  const map = new SourceMap(file, spanOf(0));
  const document2 = { format: "ufw", rules: [], settings: {} };
  const settings = document2.settings;
  const directions = { input: {}, forward: {}, output: {} };
  let header;
  let statusRow = -1;
  let loggingRow = -1;
  rows.forEach((raw2, i) => {
    const row = raw2.replace(/\r$/, "");
    if (!row.trim()) return;
    const field = /^(Status|Logging|Default|New profiles):\s*(.*)$/.exec(row);
    if (field && !header) {
      const [, name, value2] = field;
      if (name === "Status") {
        settings["status"] = value2;
        statusRow = i;
        map.set(["settings", "status"], spanOf(i));
      } else if (name === "Logging") {
        settings["logging"] = value2;
        loggingRow = i;
        map.set(["settings", "logging"], spanOf(i));
      } else if (name === "Default") {
        settings["default"] = value2;
        map.set(["settings", "default"], spanOf(i));
        for (const part of value2.split(",")) {
          const match = /^\s*(\w+)\s+\((incoming|outgoing|routed)\)/.exec(part) ?? fail2(i, `unreadable default policy "${part.trim()}"`);
          const direction2 = Object.keys(DIRECTION_WORDS).find((key2) => DIRECTION_WORDS[key2] === match[2]);
          const policy = POLICIES2[match[1].toLowerCase()];
          if (policy) directions[direction2] = { policy, word: match[1] };
        }
      }
      return;
    }
    if (/^To\s+Action\s+From\s*$/.test(row)) {
      header = { action: row.indexOf("Action"), from: row.indexOf("From") };
      return;
    }
    if (/^[-\s]+$/.test(row)) return;
    if (!header) fail2(i, `unexpected line "${row.trim().slice(0, 40)}" before the rule table`);
    const path3 = ["rules", document2.rules.length];
    const { rule, direction } = statusRule(row, header, (message) => fail2(i, message));
    document2.rules.push({ ...rule, chain: direction });
    map.set(path3, spanOf(i));
  });
  if (statusRow === -1) fail2(0, 'no "Status:" line');
  const inactive = settings["status"] === "inactive";
  for (const family of ["ipv4", "ipv6"]) {
    const views = {};
    for (const direction of ["input", "forward", "output"]) {
      const declared = directions[direction];
      const rules = document2.rules.flatMap(
        (rule, i) => rule.chain === direction && (rule.family ?? "ipv4") === family ? [{ ...rule, path: ["rules", i] }] : []
      );
      const view2 = {
        ...inactive ? { policy: "accept" } : declared.policy ? { policy: declared.policy } : {},
        policyReason: inactive ? "ufw is inactive" : declared.policy ? `Default: ${declared.word} (${DIRECTION_WORDS[direction]})` : "no default policy in this output (use `ufw status verbose`)",
        policyPath: inactive ? ["settings", "status"] : ["settings", "default"],
        rules,
        loopbackImplicit: true,
        ...loggingRow >= 0 ? { logDropped: !/^off\b/.test(settings["logging"]), logPath: ["settings", "logging"] } : {}
      };
      views[direction] = view2;
    }
    document2[family] = views;
  }
  return { document: document2, map };
}
function statusRule(row, header, fail2) {
  const to = row.slice(0, header.action).trim();
  const actionText = row.slice(header.action, header.from).trim();
  const from = row.slice(header.from).replace(/\s+#.*$/, "").trim();
  const action = /^(ALLOW|DENY|REJECT|LIMIT)(?:\s+(IN|OUT|FWD))?$/.exec(actionText) ?? fail2(`unreadable action "${actionText}"`);
  const direction = action[2] === "OUT" ? "output" : action[2] === "FWD" ? "forward" : "input";
  const rule = { ...blankRule(row.trim().replace(/\s{2,}/g, " "), action[1] === "DENY" ? "drop" : action[1] === "REJECT" ? "reject" : "accept") };
  if (action[1] === "LIMIT") rule.conditions.push("limit");
  if (/\(v6\)/.test(to) || /\(v6\)/.test(from)) rule.family = "ipv6";
  const target = to.replace(/\s*\(v6\)/, "");
  const on = / on (\S+)$/.exec(target);
  if (on) rule.interfaces = [on[1]];
  const [first = "", ...rest] = (on ? target.slice(0, on.index) : target).split(" ");
  const ports = ADDRESS.test(first) ? rest.join(" ") : [first, ...rest].join(" ");
  if (ADDRESS.test(first)) rule.destinations = addresses([first]);
  if (ports && ports !== "Anywhere") Object.assign(rule, portsOf(ports, fail2));
  const source = from.replace(/\s*\((v6|out)\)/g, "").replace(/ on \S+$/, "");
  const [address, sourcePort] = source.split(" ");
  if (address && address !== "Anywhere") rule.sources = addresses([address]);
  if (sourcePort) rule.conditions.push(`source port ${sourcePort}`);
  return { rule, direction };
}
function portsOf(text2, fail2) {
  const numeric = /^([\d,:]+)(?:\/(\w+))?$/.exec(text2);
  if (numeric) {
    const ports = numeric[1].split(",").map((part) => portRange(part) ?? fail2(`unreadable port "${part}"`));
    return { ports, protocols: numeric[2] ? [numeric[2]] : [] };
  }
  const app = ufwApplication(text2);
  if (!app) return { service: text2, unresolved: `ufw application profile "${text2}" is not known to policygate` };
  const protocols = [...new Set(app.map((entry2) => entry2.protocol))];
  return { service: text2, ports: app.map((entry2) => entry2.range), protocols };
}

// src/formats/firewall/index.ts
var DEFAULT_SSH_PORTS = [22];
var DOCUMENTATION = /* @__PURE__ */ new Set([".md", ".markdown", ".rst", ".adoc", ".html", ".htm"]);
var IPTABLES_SAVE = /^\*(filter|nat|mangle|raw|security)\s*$/m;
var COMMIT = /^COMMIT\s*$/m;
var NFT_TEXT = /^(#!.*\bnft\b|\s*flush\s+ruleset\b|\s*table\s+(ip|ip6|inet|arp|bridge|netdev)\s+\S+\s*\{|\s*add\s+(table|chain|rule)\s+(ip|ip6|inet)\s)/m;
var firewall = {
  kind: "firewall",
  detect(file, text2) {
    if (DOCUMENTATION.has(extname2(file).toLowerCase())) return false;
    return looksLikeUserRules(text2) || IPTABLES_SAVE.test(text2) && COMMIT.test(text2) || looksLikeNftJson(text2) || NFT_TEXT.test(text2) || looksLikeZone(text2) || looksLikeStatus(text2);
  },
  parse(text2, file, context) {
    if (looksLikeUserRules(text2)) {
      const { document: document2, map } = userRulesDocument(text2, file, context);
      return [toParsed(file, `ufw ${document2.ipv6 ? "user6.rules" : "user.rules"}`, document2, map)];
    }
    if (IPTABLES_SAVE.test(text2)) {
      const { document: document2, map } = iptablesDocument(text2, file);
      return [toParsed(file, document2.ipv6 ? "ip6tables ruleset" : "iptables ruleset", document2, map)];
    }
    if (looksLikeNftJson(text2)) {
      const { chains: chains2, lines: lines2 } = parseNftJson(text2, file);
      return [nftParsed(file, chains2, lines2.span(0, 0))];
    }
    if (looksLikeZone(text2)) {
      const { document: document2, map, zone } = firewalldDocument(text2, file, context);
      return [toParsed(file, `firewalld zone ${zone}`, document2, map)];
    }
    if (looksLikeStatus(text2)) {
      const { document: document2, map } = statusDocument(text2, file);
      return [toParsed(file, "ufw status", document2, map)];
    }
    const { chains, lines } = parseNftText(text2, file);
    return [nftParsed(file, chains, lines.span(0, Math.max(0, text2.indexOf("\n"))))];
  }
};
function nftParsed(file, chains, fallback) {
  const map = new SourceMap(file, fallback);
  return toParsed(file, "nftables ruleset", nftDocument(chains, map), map);
}
function toParsed(file, resource, document2, map) {
  const unresolved = [...new Set(document2.rules.flatMap((rule) => rule.unresolved ? [rule.unresolved] : []))];
  return {
    kind: "firewall",
    file,
    resource,
    document: document2,
    context: { sshPorts: [...DEFAULT_SSH_PORTS], ...unresolved.length ? { unresolved } : {} },
    locate: (path3) => map.locate(path3),
    related: (path3) => map.related(path3)
  };
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value2 = source;
  let sign = 1;
  if (value2[0] === "-" || value2[0] === "+") {
    if (value2[0] === "-") sign = -1;
    value2 = value2.slice(1);
  }
  if (value2.startsWith("0b")) return sign * parseInt(value2.slice(2), 2);
  if (value2.startsWith("0o")) return sign * parseInt(value2.slice(2), 8);
  if (value2.startsWith("0x")) return sign * parseInt(value2.slice(2), 16);
  return sign * parseInt(value2, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value2 = source;
  let sign = 1;
  if (value2[0] === "-" || value2[0] === "+") {
    if (value2[0] === "-") sign = -1;
    value2 = value2.slice(1);
  }
  if (value2.startsWith("0b")) return sign * parseInt(value2.slice(2), 2);
  if (value2.startsWith("0o")) return sign * parseInt(value2.slice(2), 8);
  if (value2.startsWith("0x")) return sign * parseInt(value2.slice(2), 16);
  return sign * parseInt(value2, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value2 = source.replace(/_/g, "");
  let sign = 1;
  if (value2[0] === "-" || value2[0] === "+") {
    if (value2[0] === "-") sign = -1;
    value2 = value2.slice(1);
  }
  if (value2.startsWith("0b")) return sign * parseInt(value2.slice(2), 2);
  if (value2.startsWith("0x")) return sign * parseInt(value2.slice(2), 16);
  if (value2.includes(":")) {
    let result = 0;
    for (const part of value2.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value2 !== "0" && value2[0] === "0") return sign * parseInt(value2, 8);
  return sign * parseInt(value2, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value2 = source.toLowerCase();
  const sign = value2[0] === "-" ? -1 : 1;
  if ("+-".includes(value2[0])) value2 = value2.slice(1);
  if (value2 === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value2 === ".nan") return NaN;
  const result = sign * parseFloat(value2);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value2 = source.toLowerCase();
    const sign = value2[0] === "-" ? -1 : 1;
    if ("+-".includes(value2[0])) value2 = value2.slice(1);
    if (value2 === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value2 === ".nan") return NaN;
    const result2 = sign * parseFloat(value2);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value2 = source.toLowerCase().replace(/_/g, "");
  const sign = value2[0] === "-" ? -1 : 1;
  if ("+-".includes(value2[0])) value2 = value2.slice(1);
  if (value2 === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value2 === ".nan") return NaN;
  let result = 0;
  if (value2.includes(":")) {
    for (const part of value2.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value2);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value2 = match[7].slice(0, 3);
    while (value2.length < 3) value2 += "0";
    fraction = +value2;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value2) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value: value2,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value2;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value2) => {
    if (value2 !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value2 = tag2.resolve(source, false, tag2.tagName);
      if (value2 !== NOT_RESOLVED) return {
        value: value2,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value2) => {
    container.set(key2, value2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key2 of Object.keys(obj)) map.set(key2, obj[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value2) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value: value2,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value2;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key2, value2, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value2, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key2) && !frame.overridable?.has(key2)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key2, value2);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key2);
}
function addValue(state, value2, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value2;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value2, tag);
    const err = frame.tag.addItem(frame.value, value2, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key2 = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key2, value2, tag);
  } else {
    frame.key = value2;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value2, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value: value2,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value: value2, tag } = constructScalar(state, event);
        storeAnchor(state, event, value2, tag, true);
        addValue(state, value2, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value2 = tag.create(tagName);
        const anchor = storeAnchor(state, event, value2, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value: value2,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value2 = tag.create(tagName);
        const anchor = storeAnchor(state, event, value2, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value: value2,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value2 = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value2;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value2, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace2(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace2(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace2(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace2(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace2(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace2(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace2(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value2 = layout.node.value;
  const multiline = value2.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value2.length) {
    let lineEnd = value2.length;
    const nextLineBreak = value2.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value2.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/formats/yaml/load.ts
var DOCUMENT = 1;
var SEQUENCE = 2;
var MAPPING = 3;
var SCALAR = 4;
var ALIAS = 5;
var POP = 6;
var SINGLE_QUOTED = 2;
var DOUBLE_QUOTED = 3;
var MAX_ALIAS_EXPANSION = 1e5;
var MAX_DEPTH = 100;
function loadYaml(text2, file) {
  let events;
  let values;
  try {
    events = parseEvents(text2, { filename: file, maxDepth: MAX_DEPTH });
    checkAliasExpansion(events, text2, file);
    values = constructFromEvents(events, { source: text2, filename: file, schema: YAML11_SCHEMA });
  } catch (error) {
    throw toInputError(error, file);
  }
  const lines = new LineIndex(text2);
  const starts = documentStarts(events);
  return values.map((value2, index) => {
    let ranges;
    return {
      value: value2,
      index,
      locate(path3) {
        ranges ??= indexDocument(events, starts[index], text2);
        for (let n = path3.length; n >= 0; n--) {
          const range = ranges.get(pathKey(path3.slice(0, n)));
          if (range) return lines.span(range.start, range.end);
        }
        return lines.span(0, 0);
      }
    };
  });
}
function toInputError(error, file) {
  if (error instanceof InputError) return error;
  if (error instanceof YAMLException) {
    const mark = error.mark;
    const reason = error.reason ?? error.message;
    return new InputError(file, `invalid YAML: ${reason}`, mark ? mark.line + 1 : void 0, mark ? mark.column + 1 : void 0);
  }
  return new InputError(file, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
}
function documentStarts(events) {
  const starts = [];
  events.forEach((event, i) => {
    if (event.type === DOCUMENT) starts.push(i);
  });
  return starts;
}
function checkAliasExpansion(events, text2, file) {
  const anchorSize = /* @__PURE__ */ new Map();
  const stack = [];
  let expanded = 0;
  const add = (size) => {
    const top = stack[stack.length - 1];
    if (top) top.size += size;
  };
  for (const event of events) {
    switch (event.type) {
      case DOCUMENT:
        expanded = 0;
        stack.length = 0;
        break;
      case SEQUENCE:
      case MAPPING:
        stack.push({ size: 1, anchor: anchorOf(event, text2) });
        break;
      case SCALAR: {
        add(1);
        const anchor = anchorOf(event, text2);
        if (anchor) anchorSize.set(anchor, 1);
        break;
      }
      case ALIAS: {
        const size = anchorSize.get(text2.slice(event.anchorStart, event.anchorEnd)) ?? 1;
        expanded += size - 1;
        if (expanded > MAX_ALIAS_EXPANSION) {
          const at3 = new LineIndex(text2).position(event.anchorStart);
          throw new InputError(file, `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} extra nodes (alias bomb)`, at3.line, at3.column);
        }
        add(size);
        break;
      }
      case POP: {
        const node = stack.pop();
        if (node) {
          if (node.anchor) anchorSize.set(node.anchor, node.size);
          add(node.size);
        }
        break;
      }
    }
  }
}
function anchorOf(event, text2) {
  return event.anchorStart >= 0 ? text2.slice(event.anchorStart, event.anchorEnd) : void 0;
}
function indexDocument(events, first, text2) {
  const ranges = /* @__PURE__ */ new Map();
  const stack = [];
  const record = (start, end) => {
    const frame = stack[stack.length - 1];
    if (!frame) {
      ranges.set(pathKey([]), { start, end });
      return void 0;
    }
    if (frame.kind === "seq") {
      const path4 = [...frame.path, frame.next++];
      ranges.set(pathKey(path4), { start, end });
      return path4;
    }
    const path3 = [...frame.path, frame.key];
    ranges.set(pathKey(path3), { start: frame.keyStart, end });
    frame.key = void 0;
    return path3;
  };
  for (let i = first + 1; i < events.length; i++) {
    const event = events[i];
    if (event.type === DOCUMENT) break;
    const frame = stack[stack.length - 1];
    const expectingKey = frame?.kind === "map" && frame.key === void 0;
    switch (event.type) {
      case SCALAR: {
        const quote = event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED ? 1 : 0;
        if (expectingKey) {
          frame.key = getScalarValue(text2, event);
          frame.keyStart = event.valueStart - quote;
        } else record(event.valueStart - quote, event.valueEnd + quote);
        break;
      }
      case ALIAS:
        if (expectingKey) {
          frame.key = text2.slice(event.anchorStart - 1, event.anchorEnd);
          frame.keyStart = event.anchorStart - 1;
        } else record(event.anchorStart - 1, event.anchorEnd);
        break;
      case SEQUENCE:
      case MAPPING: {
        if (expectingKey) {
          frame.key = "?";
          frame.keyStart = event.start;
          i = skipNode(events, i);
          break;
        }
        const start = event.anchorStart >= 0 ? Math.min(event.anchorStart - 1, event.start) : event.start;
        const path3 = record(event.start < 0 ? start : event.start, event.start + 1) ?? [];
        stack.push({ kind: event.type === MAPPING ? "map" : "seq", path: path3, next: 0, key: void 0, keyStart: 0 });
        break;
      }
      case POP:
        if (!stack.pop()) return ranges;
        break;
    }
  }
  return ranges;
}
function skipNode(events, i) {
  let depth = 0;
  for (; i < events.length; i++) {
    const type = events[i].type;
    if (type === SEQUENCE || type === MAPPING) depth++;
    else if (type === POP && --depth === 0) return i;
  }
  return i;
}

// src/formats/k8s/index.ts
var MANIFEST_FILE = /\.(ya?ml|json)$/i;
var TOP_LEVEL_API_VERSION = /^(?:apiVersion:|\s*"apiVersion"\s*:)/m;
var TOP_LEVEL_KIND = /^(?:kind:|\s*"kind"\s*:)/m;
var PAYLOAD_FIELDS = /* @__PURE__ */ new Set(["data", "binaryData", "stringData"]);
var POD_DETAIL_FIELDS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers", "volumes"]);
function manifestFacts(manifest) {
  const images = [];
  const compact = (value2, depth) => {
    if (Array.isArray(value2)) return value2.map((item) => compact(item, depth + 1));
    if (!value2 || typeof value2 !== "object") return value2;
    const out = {};
    for (const [key2, child] of Object.entries(value2)) {
      if (depth === 0 && PAYLOAD_FIELDS.has(key2)) continue;
      if (POD_DETAIL_FIELDS.has(key2) && Array.isArray(child)) {
        for (const container of child) {
          const image = container?.image;
          if (typeof image === "string") images.push(image);
        }
        continue;
      }
      out[key2] = compact(child, depth + 1);
    }
    return out;
  };
  return { ...compact(manifest, 0), images: [...new Set(images)].sort() };
}
var HELM_SOURCE = /^# Source: (\S.*?)\s*$/;
function helmSource(lines, rootLine) {
  for (let i = rootLine - 2; i >= 0; i--) {
    const line = lines[i];
    const source = HELM_SOURCE.exec(line);
    if (source) return source[1];
    if (line.trim() && !line.trimStart().startsWith("#")) return void 0;
  }
  return void 0;
}
function renderedFrom(template) {
  return [{ file: template, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, message: "rendered by Helm from this template" }];
}
function isManifest(value2) {
  if (!value2 || typeof value2 !== "object" || Array.isArray(value2)) return false;
  const { apiVersion, kind } = value2;
  return typeof apiVersion === "string" && typeof kind === "string";
}
function resourceId2(manifest) {
  const name = manifest.metadata?.name;
  const namespace = manifest.metadata?.namespace;
  return [manifest.kind, typeof namespace === "string" ? namespace : void 0, typeof name === "string" ? name : "<unnamed>"].filter(Boolean).join("/");
}
var k8s = {
  kind: "k8s",
  detect(file, text2) {
    return MANIFEST_FILE.test(file) && TOP_LEVEL_API_VERSION.test(text2) && TOP_LEVEL_KIND.test(text2);
  },
  parse(text2, file) {
    const documents = [];
    const lines = text2.includes("# Source: ") ? text2.split(/\r?\n/) : void 0;
    for (const yaml of loadYaml(text2, file)) {
      if (yaml.value === null || yaml.value === void 0) continue;
      if (!isManifest(yaml.value)) {
        const at3 = yaml.locate([]);
        throw new InputError(file, `document ${yaml.index + 1} is not a Kubernetes object (needs string apiVersion and kind)`, at3.startLine, at3.startColumn);
      }
      let template;
      const related = () => {
        template ??= (lines && helmSource(lines, yaml.locate([]).startLine)) ?? null;
        return template ? renderedFrom(template) : [];
      };
      const add = (manifest, prefix) => documents.push({
        kind: "k8s",
        file,
        resource: resourceId2(manifest),
        document: manifest,
        context: { documentIndex: yaml.index },
        locate: (path3) => yaml.locate([...prefix, ...path3]),
        facts: () => manifestFacts(manifest),
        ...lines ? { related } : {}
      });
      const list2 = yaml.value;
      if (list2.kind.endsWith("List") && Array.isArray(list2.items)) {
        list2.items.forEach((item, i) => {
          if (!isManifest(item)) {
            const at3 = yaml.locate(["items", i]);
            throw new InputError(file, `item ${i} of ${list2.kind} is not a Kubernetes object`, at3.startLine, at3.startColumn);
          }
          add(item, ["items", i]);
        });
      } else add(list2, []);
    }
    return documents;
  }
};

// src/formats/sshd/index.ts
import { basename as basename4, dirname as dirname6, join as join5, normalize as normalize3 } from "node:path";

// src/formats/sshd/keywords.ts
var FLAG = ["yes", "no"];
var FORWARDING = ["yes", "all", "no", "local", "remote"];
var DEFAULT_ALGORITHMS = {
  ciphers: "chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com",
  macs: "umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1",
  kexalgorithms: "sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,mlkem768x25519-sha256,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256"
};
var KEYWORDS2 = [
  // Authentication
  { name: "PermitRootLogin", type: "enum", values: ["yes", "prohibit-password", "without-password", "forced-commands-only", "no"], inMatch: true, default: "prohibit-password" },
  { name: "PasswordAuthentication", type: "flag", inMatch: true, default: "yes" },
  { name: "KbdInteractiveAuthentication", aliases: ["ChallengeResponseAuthentication", "SkeyAuthentication"], type: "flag", inMatch: true, default: "yes" },
  { name: "PermitEmptyPasswords", type: "flag", inMatch: true, default: "no" },
  { name: "PubkeyAuthentication", aliases: ["DSAAuthentication"], type: "flag", inMatch: true, default: "yes" },
  { name: "HostbasedAuthentication", type: "flag", inMatch: true, default: "no" },
  { name: "HostbasedUsesNameFromPacketOnly", type: "flag", inMatch: true, default: "no" },
  { name: "IgnoreRhosts", type: "enum", values: ["yes", "no", "shosts-only"], inMatch: true, default: "yes" },
  { name: "IgnoreUserKnownHosts", type: "flag", default: "no" },
  { name: "PermitUserEnvironment", type: "text", default: "no" },
  { name: "UsePAM", type: "flag", default: "no" },
  { name: "GSSAPIAuthentication", type: "flag", inMatch: true, default: "no" },
  { name: "GSSAPICleanupCredentials", type: "flag", default: "yes" },
  { name: "GSSAPIStrictAcceptorCheck", type: "flag", default: "yes" },
  { name: "KerberosAuthentication", type: "flag", inMatch: true, default: "no" },
  { name: "KerberosOrLocalPasswd", type: "flag", default: "yes" },
  { name: "KerberosTicketCleanup", type: "flag", default: "yes" },
  { name: "KerberosGetAFSToken", type: "flag", default: "no" },
  { name: "AuthenticationMethods", type: "text", inMatch: true, default: "any" },
  { name: "AuthorizedKeysFile", type: "text", inMatch: true, default: ".ssh/authorized_keys .ssh/authorized_keys2" },
  { name: "AuthorizedKeysCommand", type: "text", inMatch: true },
  { name: "AuthorizedKeysCommandUser", type: "text", inMatch: true },
  { name: "AuthorizedPrincipalsCommand", type: "text", inMatch: true },
  { name: "AuthorizedPrincipalsCommandUser", type: "text", inMatch: true },
  { name: "AuthorizedPrincipalsFile", type: "text", inMatch: true, default: "none" },
  { name: "TrustedUserCAKeys", type: "text", inMatch: true, default: "none" },
  { name: "RevokedKeys", type: "text", inMatch: true, default: "none" },
  { name: "PubkeyAuthOptions", type: "text", inMatch: true, default: "none" },
  { name: "MaxAuthTries", type: "number", inMatch: true, default: "6" },
  { name: "LoginGraceTime", type: "time", default: "120" },
  { name: "RequiredRSASize", type: "number", inMatch: true, default: "1024" },
  // Who may log in
  { name: "AllowUsers", type: "text", accumulates: true, inMatch: true },
  { name: "DenyUsers", type: "text", accumulates: true, inMatch: true },
  { name: "AllowGroups", type: "text", accumulates: true, inMatch: true },
  { name: "DenyGroups", type: "text", accumulates: true, inMatch: true },
  // Forwarding and sessions
  { name: "X11Forwarding", type: "flag", inMatch: true, default: "no" },
  { name: "X11UseLocalhost", type: "flag", inMatch: true, default: "yes" },
  { name: "X11DisplayOffset", type: "number", inMatch: true, default: "10" },
  { name: "AllowTcpForwarding", type: "enum", values: FORWARDING, inMatch: true, default: "yes" },
  { name: "AllowStreamLocalForwarding", type: "enum", values: FORWARDING, inMatch: true, default: "yes" },
  { name: "AllowAgentForwarding", type: "flag", inMatch: true, default: "yes" },
  { name: "DisableForwarding", type: "flag", inMatch: true, default: "no" },
  { name: "GatewayPorts", type: "enum", values: ["yes", "no", "clientspecified"], inMatch: true, default: "no" },
  { name: "PermitTunnel", type: "enum", values: ["yes", "no", "point-to-point", "ethernet"], inMatch: true, default: "no" },
  { name: "PermitOpen", type: "text", inMatch: true, default: "any" },
  { name: "PermitListen", type: "text", inMatch: true, default: "any" },
  { name: "PermitTTY", type: "flag", inMatch: true, default: "yes" },
  { name: "PermitUserRC", type: "flag", inMatch: true, default: "yes" },
  { name: "ForceCommand", type: "text", inMatch: true, default: "none" },
  { name: "ChrootDirectory", type: "text", inMatch: true, default: "none" },
  { name: "AcceptEnv", type: "text", accumulates: true, inMatch: true },
  { name: "SetEnv", type: "text", accumulates: true, inMatch: true },
  { name: "MaxSessions", type: "number", inMatch: true, default: "10" },
  { name: "MaxStartups", type: "text", default: "10:30:100" },
  { name: "PerSourceMaxStartups", type: "text", default: "none" },
  { name: "PerSourceNetBlockSize", type: "text", default: "32:128" },
  { name: "ClientAliveInterval", type: "time", inMatch: true, default: "0" },
  { name: "ClientAliveCountMax", type: "number", inMatch: true, default: "3" },
  { name: "ChannelTimeout", type: "text", inMatch: true, default: "none" },
  { name: "UnusedConnectionTimeout", type: "text", inMatch: true, default: "none" },
  { name: "TCPKeepAlive", aliases: ["KeepAlive"], type: "flag", default: "yes" },
  { name: "Banner", type: "text", inMatch: true, default: "none" },
  { name: "PrintMotd", type: "flag", default: "yes" },
  { name: "PrintLastLog", type: "flag", default: "yes" },
  { name: "Subsystem", type: "text", accumulates: true },
  { name: "ExposeAuthInfo", type: "flag", inMatch: true, default: "no" },
  { name: "StreamLocalBindMask", type: "text", inMatch: true, default: "0177" },
  { name: "StreamLocalBindUnlink", type: "flag", inMatch: true, default: "no" },
  { name: "IPQoS", type: "text", inMatch: true, default: "af21 cs1" },
  { name: "RekeyLimit", type: "text", inMatch: true, default: "0 0" },
  { name: "RDomain", type: "text", inMatch: true },
  // Logging
  { name: "LogLevel", type: "enum", values: ["quiet", "fatal", "error", "info", "verbose", "debug", "debug1", "debug2", "debug3"], inMatch: true, default: "INFO" },
  { name: "LogVerbose", type: "text", inMatch: true },
  { name: "SyslogFacility", type: "enum", values: ["daemon", "user", "auth", "authpriv", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"], default: "AUTH" },
  // Network and host
  { name: "Port", type: "port", accumulates: true, default: "22" },
  { name: "ListenAddress", type: "text", accumulates: true },
  { name: "AddressFamily", type: "enum", values: ["any", "inet", "inet6"], default: "any" },
  { name: "HostKey", aliases: ["HostDSAKey"], type: "text", accumulates: true },
  { name: "HostCertificate", type: "text", accumulates: true },
  { name: "HostKeyAgent", type: "text" },
  { name: "UseDNS", type: "flag", default: "no" },
  { name: "StrictModes", type: "flag", default: "yes" },
  { name: "Compression", type: "enum", values: ["yes", "delayed", "no"], default: "yes" },
  { name: "Protocol", type: "text" },
  { name: "PidFile", type: "text", default: "/var/run/sshd.pid" },
  { name: "XAuthLocation", type: "text" },
  { name: "VersionAddendum", type: "text", default: "none" },
  { name: "FingerprintHash", type: "enum", values: ["md5", "sha256"], default: "SHA256" },
  { name: "ModuliFile", type: "text" },
  { name: "SecurityKeyProvider", type: "text" },
  { name: "PerSourcePenalties", type: "text" },
  { name: "PerSourcePenaltyExemptList", type: "text" },
  // Cryptography
  { name: "Ciphers", type: "algorithms", default: DEFAULT_ALGORITHMS.ciphers },
  { name: "MACs", type: "algorithms", default: DEFAULT_ALGORITHMS.macs },
  { name: "KexAlgorithms", type: "algorithms", default: DEFAULT_ALGORITHMS.kexalgorithms },
  { name: "HostKeyAlgorithms", type: "text" },
  { name: "PubkeyAcceptedAlgorithms", aliases: ["PubkeyAcceptedKeyTypes"], type: "text", inMatch: true },
  { name: "HostbasedAcceptedAlgorithms", aliases: ["HostbasedAcceptedKeyTypes"], type: "text", inMatch: true },
  { name: "CASignatureAlgorithms", type: "text", inMatch: true }
];
var FLAG_VALUES = FLAG;
var BY_SPELLING = new Map(
  KEYWORDS2.flatMap((keyword2) => [keyword2.name, ...keyword2.aliases ?? []].map((spelling) => [spelling.toLowerCase(), keyword2]))
);
function keyword(spelling) {
  return BY_SPELLING.get(spelling.toLowerCase());
}
var WITH_DEFAULTS = KEYWORDS2.filter((entry2) => entry2.default !== void 0);
var SERVER_ONLY = /* @__PURE__ */ new Set([
  "permitrootlogin",
  "usepam",
  "subsystem",
  "x11forwarding",
  "allowtcpforwarding",
  "authorizedkeysfile",
  "hostkey",
  "permitemptypasswords",
  "clientaliveinterval",
  "clientalivecountmax",
  "logingracetime",
  "maxauthtries",
  "maxsessions",
  "printmotd",
  "printlastlog",
  "acceptenv",
  "allowusers",
  "allowgroups",
  "denyusers",
  "denygroups",
  "ignorerhosts",
  "usedns",
  "permittunnel",
  "syslogfacility",
  "listenaddress",
  "strictmodes",
  "permituserenvironment",
  "chrootdirectory",
  "forcecommand",
  "kbdinteractiveauthentication",
  "challengeresponseauthentication",
  "maxstartups"
]);

// src/formats/sshd/reader.ts
import { dirname as dirname5, normalize as normalize2 } from "node:path";

// src/formats/sshd/lexer.ts
var BLANK = /* @__PURE__ */ new Set([" ", "	", "\f", "\r"]);
function* directives(text2, file) {
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text2.length) {
    line++;
    const newline = text2.indexOf("\n", lineStart);
    let end = newline === -1 ? text2.length : newline;
    while (end > lineStart && BLANK.has(text2[end - 1])) end--;
    const directive = parseLine(text2, lineStart, end, line, file);
    if (directive) yield directive;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
}
function parseLine(text2, start, end, line, file) {
  let i = skipBlank(text2, start, end);
  if (i === end || text2[i] === "#") return void 0;
  const keywordStart = i;
  while (i < end && !BLANK.has(text2[i]) && text2[i] !== "=") i++;
  const keyword2 = { text: text2.slice(keywordStart, i), start: keywordStart, end: i };
  i = skipBlank(text2, i, end);
  if (text2[i] === "=") i = skipBlank(text2, i + 1, end);
  const args = splitArguments(text2, i, end, line, file);
  if (!args.length) throw new InputError(file, `no argument after keyword "${keyword2.text}"`, line, keywordStart - start + 1);
  return { keyword: keyword2, args, line };
}
function splitArguments(text2, from, end, line, file) {
  const args = [];
  let i = from;
  for (; ; ) {
    i = skipBlank(text2, i, end);
    if (i >= end || text2[i] === "#") return args;
    const start = i;
    let value2 = "";
    let quote = "";
    for (; i < end; i++) {
      const c = text2[i];
      const next = text2[i + 1];
      if (c === "\\" && (next === '"' || next === "'" || next === "\\" || !quote && next === " ")) {
        value2 += next;
        i++;
      } else if (!quote && BLANK.has(c)) break;
      else if (!quote && (c === '"' || c === "'")) quote = c;
      else if (quote && c === quote) quote = "";
      else value2 += c;
    }
    if (quote) throw new InputError(file, `unterminated ${quote === '"' ? "double" : "single"} quote`, line, start - lineStartOf(text2, start) + 1);
    args.push({ text: value2, start, end: i });
  }
}
function skipBlank(text2, i, end) {
  while (i < end && BLANK.has(text2[i])) i++;
  return i;
}
function lineStartOf(text2, offset) {
  return text2.lastIndexOf("\n", offset - 1) + 1;
}

// src/formats/sshd/include.ts
import { dirname as dirname4, join as join4, normalize, sep } from "node:path";
var SSH_DIR = "/etc/ssh/";
var GLOB = /[*?[]/;
function resolveInclude(argument, configDir, context) {
  if (argument.startsWith("~")) return { problem: `Include path ${argument} starts with ~, which sshd refuses in the system configuration` };
  const path3 = normalize(
    !argument.startsWith("/") ? join4(configDir, argument) : argument.startsWith(SSH_DIR) ? join4(configDir, argument.slice(SSH_DIR.length)) : join4(context.root, argument)
  );
  if (!GLOB.test(argument)) {
    const name = path3.slice(path3.lastIndexOf(sep) + 1);
    if (!context.listDir(dirname4(path3))?.includes(name)) return { problem: `Include ${argument}: no such file in the scanned tree (looked for ${path3})` };
    if (context.listDir(path3)) return { problem: `Include ${argument} names a directory, not a file` };
    return { files: [path3] };
  }
  const base = firstGlobSegment(path3);
  return { files: expand(base.dir, base.rest, context).filter((file) => !context.listDir(file)) };
}
function firstGlobSegment(path3) {
  const segments = path3.split(sep);
  const first = segments.findIndex((segment) => GLOB.test(segment));
  return { dir: segments.slice(0, first).join(sep) || (path3.startsWith(sep) ? sep : "."), rest: segments.slice(first) };
}
function expand(dir, segments, context) {
  if (!segments.length) return [dir];
  const [segment, ...rest] = segments;
  const entries2 = context.listDir(dir) ?? [];
  const names = GLOB.test(segment) ? entries2.filter((name) => globSegment(segment).test(name)).sort() : entries2.includes(segment) ? [segment] : [];
  return names.flatMap((name) => expand(join4(dir, name), rest, context));
}
function globSegment(pattern) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) source += "\\[";
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(pattern.startsWith(".") ? `^${source}$` : `^(?!\\.)${source}$`);
}

// src/formats/sshd/values.ts
var TIME = /^(?:\d+[smhdw]?)+$/i;
var TIME_PART = /(\d+)([smhdw]?)/gi;
var SECONDS = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function derive(entry2, args, file, lines) {
  const fail2 = (token, message) => {
    const at3 = lines(token.start);
    throw new InputError(file, message, at3.line, at3.column);
  };
  if (entry2.type === "text") return {};
  if (entry2.type === "algorithms") return { algorithms: resolveAlgorithms(entry2.name.toLowerCase(), args[0].text) };
  if (args.length > 1) fail2(args[1], `${entry2.name} takes one argument; sshd refuses extra arguments`);
  const value2 = args[0].text;
  switch (entry2.type) {
    case "flag":
    case "enum": {
      const accepted = entry2.type === "flag" ? FLAG_VALUES : entry2.values;
      if (!accepted.includes(value2.toLowerCase())) fail2(args[0], `bad value "${value2}" for ${entry2.name}; sshd accepts ${accepted.join(", ")}`);
      return {};
    }
    case "number":
      if (!/^\d+$/.test(value2)) fail2(args[0], `bad value "${value2}" for ${entry2.name}; sshd expects a whole number`);
      return { number: Number(value2) };
    case "port": {
      const port2 = /^\d+$/.test(value2) ? Number(value2) : NaN;
      if (!(port2 >= 1 && port2 <= 65535)) fail2(args[0], `bad port "${value2}"; sshd expects 1-65535`);
      return { number: port2 };
    }
    case "time":
      if (!TIME.test(value2)) fail2(args[0], `bad time "${value2}" for ${entry2.name}; sshd expects seconds or a time like 1m30s`);
      return { number: seconds(value2) };
  }
}
function seconds(value2) {
  let total = 0;
  for (const [, amount, unit] of value2.matchAll(TIME_PART)) total += Number(amount) * SECONDS[unit.toLowerCase()];
  return total;
}
function resolveAlgorithms(key2, value2) {
  const defaults = key2 in DEFAULT_ALGORITHMS ? DEFAULT_ALGORITHMS[key2].split(",") : [];
  const op = value2[0];
  const list2 = (op === "+" || op === "-" || op === "^" ? value2.slice(1) : value2).split(",").filter(Boolean);
  if (op === "+") return [...defaults, ...list2.filter((name) => !defaults.includes(name))];
  if (op === "^") return [...list2, ...defaults.filter((name) => !list2.includes(name))];
  if (op === "-") return defaults.filter((name) => !list2.some((pattern) => wildcard(pattern).test(name)));
  return list2;
}
function wildcard(pattern) {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}

// src/formats/sshd/reader.ts
var MAX_INCLUDE_DEPTH = 16;
var ConfigReader = class {
  constructor(file, context, options) {
    this.file = file;
    this.context = context;
    this.options = options;
    this.document = { source: options.source, complete: options.complete, global: {}, matches: [], included: [], unknownKeywords: [] };
    this.configDir = dirname5(file);
  }
  file;
  context;
  options;
  document;
  origins = /* @__PURE__ */ new Map();
  configDir;
  read(text2) {
    const lines = new LineIndex(text2);
    this.origins.set(pathKey([]), { file: this.file, span: lines.span(0, Math.max(0, text2.indexOf("\n"))), text: "", via: [] });
    this.readFile(text2, { path: this.file, lines, via: [] }, void 0, [normalize2(this.file)]);
    if (this.options.defaults) this.fillDefaults();
    return this.document;
  }
  /** Reads one file's directives; `scope` is the Match block the file was included from, if any. */
  readFile(text2, frame, scope, stack) {
    let block = scope;
    for (const directive of directives(text2, frame.path)) {
      const spelling = directive.keyword.text.toLowerCase();
      if (spelling === "match") block = this.openMatch(directive, frame, scope);
      else if (spelling === "include") this.include(directive, frame, block, stack);
      else this.set(directive, frame, block);
    }
  }
  openMatch(directive, frame, scope) {
    const criteria = directive.args.map((arg) => arg.text).join(" ");
    const block = { criteria: scope ? `${scope.criteria} ${criteria}` : criteria, settings: {} };
    this.origins.set(pathKey(["matches", this.document.matches.length]), this.origin(directive, frame));
    this.document.matches.push(block);
    return block;
  }
  include(directive, frame, block, stack) {
    const at3 = frame.lines.position(directive.keyword.start);
    const fail2 = (message) => {
      throw new InputError(frame.path, message, at3.line, at3.column);
    };
    if (stack.length > MAX_INCLUDE_DEPTH) fail2(`Include nested more than ${MAX_INCLUDE_DEPTH} deep`);
    for (const arg of directive.args) {
      const resolved = resolveInclude(arg.text, this.configDir, this.context);
      if ("problem" in resolved) return fail2(resolved.problem);
      for (const path3 of resolved.files) {
        if (stack.includes(path3)) fail2(`Include loop: ${[...stack, path3].join(" -> ")}`);
        let text2;
        try {
          text2 = this.context.readFile(path3, frame.path);
        } catch (error) {
          fail2(error instanceof Error ? error.message : String(error));
        }
        this.document.included.push(path3);
        const via = [...frame.via, this.origin(directive, frame)];
        this.readFile(text2, { path: path3, lines: new LineIndex(text2), via }, block, [...stack, path3]);
      }
    }
  }
  set(directive, frame, block) {
    const entry2 = keyword(directive.keyword.text);
    const key2 = entry2 ? entry2.name.toLowerCase() : directive.keyword.text.toLowerCase();
    if (!entry2 && !this.document.unknownKeywords.includes(directive.keyword.text)) this.document.unknownKeywords.push(directive.keyword.text);
    if (block && entry2 && !entry2.inMatch) {
      const at3 = frame.lines.position(directive.keyword.start);
      throw new InputError(frame.path, `${entry2.name} is not allowed inside a Match block (sshd refuses to start)`, at3.line, at3.column);
    }
    const derived = entry2 ? derive(entry2, directive.args, frame.path, (offset) => frame.lines.position(offset)) : {};
    const settings = block ? block.settings : this.document.global;
    const base = block ? ["matches", this.document.matches.indexOf(block), "settings", key2] : ["global", key2];
    const existing = settings[key2];
    if (existing && !entry2?.accumulates) return;
    const args = directive.args.map((arg) => arg.text);
    if (existing) {
      directive.args.forEach((arg, i) => this.origins.set(pathKey([...base, "args", existing.args.length + i]), this.origin(directive, frame, arg)));
      existing.args.push(...args);
      existing.value = existing.args.join(" ");
      return;
    }
    settings[key2] = {
      // sshd -T prints keywords in lower case; messages read better with the manual's spelling
      keyword: entry2 && this.options.source === "sshd -T" ? entry2.name : directive.keyword.text,
      value: args.join(" "),
      args,
      default: false,
      ...frame.via.length ? { file: frame.path } : {},
      ...derived
    };
    this.origins.set(pathKey(base), this.origin(directive, frame));
    directive.args.forEach((arg, i) => this.origins.set(pathKey([...base, "args", i]), this.origin(directive, frame, arg)));
  }
  fillDefaults() {
    for (const entry2 of WITH_DEFAULTS) {
      const key2 = entry2.name.toLowerCase();
      if (this.document.global[key2]) continue;
      const value2 = entry2.default;
      const args = entry2.type === "text" ? value2.split(" ") : [value2];
      this.document.global[key2] = { keyword: entry2.name, value: value2, args, default: true, ...defaultFacts(entry2, value2) };
    }
  }
  origin(directive, frame, token) {
    const last = directive.args[directive.args.length - 1];
    const span = token ? frame.lines.span(token.start, token.end) : frame.lines.span(directive.keyword.start, last.end);
    const text2 = `${directive.keyword.text} ${directive.args.map((arg) => arg.text).join(" ")}`;
    return { file: frame.path, span, text: text2, via: frame.via };
  }
};
function defaultFacts(entry2, value2) {
  const token = { text: value2, start: 0, end: value2.length };
  return derive(entry2, [token], "(defaults)", () => ({ line: 1, column: 1 }));
}

// src/formats/sshd/index.ts
var NAMED = /(?:^|[._-])sshd_config(?:$|[._-])/;
var TEMPLATE = /\.(?:j2|jinja2?|erb|tpl|tmpl|epp)$/i;
var DROP_IN_DIR = "sshd_config.d";
var SSHD_T_KEYS = ["port", "permitrootlogin", "logingracetime", "ciphers", "macs", "kexalgorithms"];
var sshd = {
  kind: "sshd",
  detect(file, text2) {
    const name = basename4(file);
    if (TEMPLATE.test(name)) return false;
    if (NAMED.test(name) || basename4(dirname6(file)) === DROP_IN_DIR && name.endsWith(".conf")) return true;
    return looksLikeSshdConfig(text2);
  },
  parse(text2, file, context) {
    if (isSshdT(text2)) return [document(file, context, text2, { source: "sshd -T", defaults: false, complete: true })];
    if (isDropIn(file)) {
      if (includedByMainConfig(file, context)) return [];
      return [document(file, context, text2, { source: "sshd_config", defaults: false, complete: false })];
    }
    return [document(file, context, text2, { source: "sshd_config", defaults: true, complete: true })];
  }
};
function document(file, context, text2, options) {
  const reader = new ConfigReader(file, context, options);
  const parsed = reader.read(text2);
  const origin = (path3) => {
    for (let n = path3.length; n >= 0; n--) {
      const found = reader.origins.get(pathKey(path3.slice(0, n)));
      if (found) return found;
    }
    return reader.origins.get(pathKey([]));
  };
  return {
    kind: "sshd",
    file,
    resource: options.source === "sshd -T" ? "sshd -T" : options.complete ? "sshd_config" : "sshd_config drop-in",
    document: parsed,
    context: {},
    locate: (path3) => {
      const found = origin(path3);
      return found.via[0]?.span ?? found.span;
    },
    related: (path3) => {
      const found = origin(path3);
      if (!found.via.length) return [];
      const hops = found.via.slice(1).map((hop) => ({ file: hop.file, ...hop.span, message: `included through "${hop.text}"` }));
      return [...hops, { file: found.file, ...found.span, message: `set here: ${found.text}` }];
    }
  };
}
function isSshdT(text2) {
  const keys = /* @__PURE__ */ new Set();
  for (const line of text2.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const key2 = /^([a-z0-9]+)(?:\s|$)/.exec(trimmed)?.[1];
    if (!key2 || key2 === "match" || key2 === "include") return false;
    keys.add(key2);
  }
  return SSHD_T_KEYS.every((key2) => keys.has(key2));
}
function looksLikeSshdConfig(text2) {
  let serverOnly = 0;
  let known = 0;
  let lines = 0;
  for (const line of text2.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    lines++;
    const word2 = /^([A-Za-z0-9]+)(?:\s*=\s*|\s+)\S/.exec(trimmed)?.[1]?.toLowerCase();
    if (word2 === "host") return false;
    if (word2 && (keyword(word2) || word2 === "match" || word2 === "include")) known++;
    if (word2 && SERVER_ONLY.has(word2)) serverOnly++;
  }
  return serverOnly >= 2 && known >= lines * 0.8;
}
function isDropIn(file) {
  return basename4(dirname6(file)) === DROP_IN_DIR;
}
function includedByMainConfig(file, context) {
  const configDir = dirname6(dirname6(file));
  if (!context.listDir(configDir)?.includes("sshd_config")) return false;
  const main = join5(configDir, "sshd_config");
  try {
    const reader = new ConfigReader(main, context, { source: "sshd_config", defaults: false, complete: true });
    return reader.read(context.readFile(main, file)).included.includes(normalize3(file));
  } catch {
    return false;
  }
}

// src/formats/index.ts
var FORMATS = [arm, dockerfile, k8s, sshd, firewall];
function detectFormat(file, text2) {
  return FORMATS.find((format2) => format2.detect(file, text2));
}

// src/engine/check.ts
var MAX_FILE_BYTES = 32 * 1024 * 1024;
var NOT_AN_INPUT = "not a recognised input (Kubernetes, ARM, sshd_config, firewall or Dockerfile)";
function parseSource(source, options, text2) {
  const failed = (error, recognised = true) => ({ recognised, documents: [], error: toCheckError(error, source.file) });
  if (text2 === void 0) {
    const read = readSource(source);
    if (read instanceof InputError) return failed(read);
    if (read === void 0) return source.explicit ? failed(new InputError(source.file, NOT_AN_INPUT), false) : { recognised: false, documents: [] };
    text2 = read;
  }
  const format2 = detectFormat(source.file, text2);
  if (!format2) return source.explicit ? failed(new InputError(source.file, NOT_AN_INPUT), false) : { recognised: false, documents: [] };
  try {
    return { recognised: true, documents: format2.parse(text2, source.file, parseContext(options)) };
  } catch (error) {
    return failed(error);
  }
}
async function checkSource(engine2, source, options, text2) {
  const parsed = parseSource(source, options, text2);
  const result = { recognised: parsed.recognised, documents: parsed.documents.length, findings: [], errors: [], notes: [], index: [] };
  if (parsed.error) result.errors.push(parsed.error);
  for (const [position, document2] of parsed.documents.entries()) {
    const fail2 = (error) => result.errors.push(toCheckError(new InputError(document2.file, `${document2.resource}: ${error.message}`), document2.file));
    let raw2;
    try {
      raw2 = await engine2.evaluate({ kind: document2.kind, file: document2.file, document: document2.document, context: document2.context ?? {} });
    } catch (error) {
      fail2(error);
      continue;
    }
    const findings = [];
    for (const finding of raw2) {
      try {
        findings.push(toFinding(engine2, finding, document2));
      } catch (error) {
        fail2(error);
      }
    }
    result.findings.push(...findings);
    result.index.push({
      position,
      ...factsOf(document2),
      findings: [...new Set(findings.map((finding) => finding.ruleId))].sort()
    });
    if (document2.context?.["unresolved"] !== void 0) result.notes.push({ resource: document2.resource, unresolved: document2.context["unresolved"] });
  }
  result.findings.sort(compareFindings);
  return result;
}
function readSource(source) {
  try {
    const size = statSync(source.absolute).size;
    if (size > MAX_FILE_BYTES) return new InputError(source.file, `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    const bytes = readFileSync2(source.absolute);
    if (bytes.includes(0)) return void 0;
    return bytes.toString("utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    return new InputError(source.file, `cannot read: ${error.code ?? error.message}`);
  }
}
function locateInSource(engine2, source, options, text2, requests) {
  const { documents } = parseSource(source, options, text2);
  const located = { findings: [], errors: [] };
  for (const { position, raw: raw2 } of requests) {
    const document2 = documents[position];
    try {
      if (!document2) throw new Error("the document could not be parsed again");
      located.findings.push(toFinding(engine2, raw2, document2));
    } catch (error) {
      located.errors.push({ file: source.file, message: error.message });
    }
  }
  return located;
}
function factsOf(document2) {
  return { kind: document2.kind, file: document2.file, resource: document2.resource, facts: document2.facts ? document2.facts() : document2.document };
}
function toFinding(engine2, raw2, document2) {
  const meta = engine2.rule(raw2.id);
  if (!meta) {
    throw new Error(`rule ${JSON.stringify(raw2.id)} returned a finding but no loaded catalog describes it (build the bundle with \`policy build\`, which writes catalog.json)`);
  }
  const path3 = Array.isArray(raw2.path) ? raw2.path : [];
  const span = document2.locate(path3);
  const related = document2.related?.(path3);
  const resource = document2.resourceAt?.(path3) ?? document2.resource;
  return {
    ruleId: meta.id,
    severity: meta.severity,
    title: meta.title,
    message: renderMessage(meta.message, raw2.params),
    kind: document2.kind,
    resource,
    path: path3,
    location: { file: document2.file, ...span },
    ...related?.length ? { related } : {},
    controls: meta.controls,
    remediation: meta.remediation,
    fingerprint: fingerprint(meta.id, document2.file, resource, path3)
  };
}
var fromDisk = (absolute) => existsSync2(absolute) ? readFileSync2(absolute, "utf8") : void 0;
function parseContext(options, read = fromDisk) {
  const root = resolve(options.cwd, options.root);
  return {
    cwd: options.cwd,
    root,
    options: options.formatOptions,
    readFile(path3, from) {
      const absolute = resolve(options.cwd, path3);
      const inside = relative(root, absolute);
      if (inside.startsWith("..") || inside.startsWith(sep2)) throw new InputError(from, `${path3} is outside the scanned tree (${root})`);
      const text2 = read(absolute);
      if (text2 === void 0) throw new InputError(from, `${path3} does not exist`);
      return text2;
    },
    listDir(path3) {
      const absolute = resolve(options.cwd, path3);
      return existsSync2(absolute) && statSync(absolute).isDirectory() ? readdirSync(absolute).sort() : void 0;
    }
  };
}
function toCheckError(error, file) {
  if (error instanceof InputError) {
    return { file: error.file, ...error.line ? { line: error.line } : {}, ...error.column ? { column: error.column } : {}, message: error.message };
  }
  return { file, message: error instanceof Error ? error.message : String(error) };
}

// src/engine/pool.ts
function perform(engine2, options, task) {
  return task.type === "check" ? checkSource(engine2, task.job.source, options, task.job.text) : locateInSource(engine2, task.job.source, options, task.job.text, task.requests);
}

// src/engine/worker.ts
var setup = workerData;
var port = parentPort;
var engine = Engine.load(setup.bundles.map(readBundle));
engine.catch(() => void 0);
port.on("message", async ({ index, task }) => {
  try {
    port.postMessage({ index, result: await perform(await engine, setup.options, task) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
