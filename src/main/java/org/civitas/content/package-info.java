/**
 * Articles of the website cluster: writing, versions, disclosure metadata, review per channel,
 * scheduled publication and withdrawal, and sharing across sites by reference. Other modules read
 * what is public through {@link org.civitas.content.ArticleCatalogue} and follow changes through
 * {@link org.civitas.content.PublicContentChanged}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "identity",
            "identity :: trusted",
            "platform",
            "site",
            "site :: trusted",
            "storage",
            "storage :: trusted",
            "workflow"
        })
package org.civitas.content;
