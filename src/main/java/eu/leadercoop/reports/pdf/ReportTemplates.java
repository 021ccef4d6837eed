package eu.leadercoop.reports.pdf;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders the pages' Thymeleaf templates into a complete HTML document outside any web request, as the
 * PDF needs it: the same templates, messages and {@code @formats} bean as the pages, in the report's
 * language, with links made absolute against a base URL (a PDF has no page to be relative to).
 */
@Component
public class ReportTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ApplicationContext application;

    ReportTemplates(ApplicationContext application, MessageSource messages) {
        this.application = application;
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setApplicationContext(application);
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        engine.setLinkBuilder(new AbsoluteLinks());
        engine.setEnableSpringELCompiler(true);
    }

    /**
     * The template rendered in {@code locale}. {@link LocaleContextHolder} is set for the duration, because
     * the {@code formats} bean writes dates and money in the reader's locale.
     */
    public String render(String template, Locale locale, String baseUrl, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable(AbsoluteLinks.BASE_URL, baseUrl);
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return engine.process(template, context);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
