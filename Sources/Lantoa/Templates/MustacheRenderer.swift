extension Mustache {
    /// One rendering: the context stack (pushed and popped, never copied), the indentation of
    /// the partial being rendered, and the blocks overridden by the templates that inherit.
    /// A struct, not a class: a class's properties are checked for overlapping access at run time.
    struct Renderer {
        var out = ""
        private var stack: [TemplateValue]
        private var indentation: String?
        private var overrides: [String: [Node]]?
        private let partials: (String) -> Mustache?
        private var partialDepth = 0

        init(_ context: TemplateValue, partials: @escaping (String) -> Mustache?) {
            stack = [context]
            stack.reserveCapacity(8)
            self.partials = partials
        }

        mutating func render(_ nodes: [Node]) {
            // Inside an indented partial each line starts with the indentation.
            guard let indentation, !indentation.isEmpty else {
                // By index rather than through an iterator, which hands out a copy of each node.
                for i in nodes.indices { render(nodes[i]) }
                return
            }
            let outer = out
            var local = ""
            for node in nodes {
                out = ""
                render(node)
                if !out.isEmpty, local.last == "\n" { local += indentation }
                local += out
            }
            out = outer + local
        }

        private mutating func render(_ node: Node) {
            switch node {
            case .text(let text):
                out += text
            case .variable(let name, let escaped):
                guard let value = lookup(name) else { return }
                switch value {
                case .text(let text): if escaped { XML.escape(text, into: &out) } else { out += text }
                default: if escaped { XML.escape(value.rendered, into: &out) } else { out += value.rendered }
                }
            case .section(let name, let children, let inverted):
                let value = lookup(name)
                if inverted {
                    if value?.isFalsy ?? true { render(children) }
                    return
                }
                guard let value, !value.isFalsy else { return }
                switch value {
                case .bool: render(children)
                case .list(let items): for i in items.indices { within(items[i], children) }
                default: within(value, children)
                }
            case .partial(let name, let indented, let inherited, _):
                // The theme's check refuses partials that include themselves; this guard keeps
                // any that slipped through from exhausting the stack.
                guard partialDepth < Mustache.deepestNesting, let template = partials(name) else { return }
                partialDepth += 1
                defer { partialDepth -= 1 }
                let (savedIndentation, savedOverrides) = (indentation, overrides)
                if let indented { indentation = (indentation ?? "") + indented }
                if let inherited {
                    // The outer template's overrides win over those of the templates it inherits.
                    overrides = overrides.map { $0.merging(inherited) { outer, _ in outer } } ?? inherited
                }
                render(template.nodes)
                (indentation, overrides) = (savedIndentation, savedOverrides)
            case .block(let name, let children, let indented, let intrinsic):
                // An override holding a block of its own name would render itself forever (found by fuzzing).
                guard partialDepth < Mustache.deepestNesting else { return }
                partialDepth += 1
                defer { partialDepth -= 1 }
                let saved = indentation
                indentation = (indentation ?? "") + indented
                if let override = overrides?[name] {
                    if intrinsic.isEmpty {
                        render(override)
                    } else {
                        // Indented as the default it replaces: its first line here, the others by `render`.
                        indentation! += intrinsic
                        let outer = out
                        out = ""
                        render(override)
                        out = out.isEmpty ? outer : outer + intrinsic + out
                    }
                } else {
                    render(children)
                }
                indentation = saved
            case .override:
                break
            }
        }

        /// Renders `nodes` with `value` as the innermost context.
        private mutating func within(_ value: TemplateValue, _ nodes: [Node]) {
            stack.append(value)
            render(nodes)
            stack.removeLast()
        }

        /// The value a name stands for: its first part is looked for from the innermost context
        /// outwards (a name stated `.empty` ends the search), the other parts inside what was found.
        private func lookup(_ name: Name) -> TemplateValue? {
            guard let first = name.parts.first else { return stack.last }
            var found: TemplateValue?
            if name.local {
                found = stack[stack.count - 1].child(first)
            } else {
                var i = stack.count - 1
                while i >= 0 {
                    if let value = stack[i].child(first) {
                        found = value
                        break
                    }
                    i -= 1
                }
            }
            for part in name.parts.dropFirst() {
                found = found?.child(part)
            }
            return found
        }
    }
}
