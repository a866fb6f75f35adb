package org.crosscheck.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Small cardinal numbers written as words in the languages extraction reads (folded), for counts of weapons and
 * casualties (Italian too); Russian also in its oblique cases and collective forms ("двумя", "трое").
 */
final class Numbers {

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        put(1, "one", "a", "an", "un", "une", "uno", "una", "um", "uma", "satu", "sebuah", "seorang", "واحد", "واحده",
                "один", "одна", "одно",
                "одну", "одного", "одной", "ein", "eine", "einen", "einer", "einem", "یک", "bir", "یەک");
        put(2, "two", "deux", "dos", "dois", "duas", "dua", "اثنين", "اثنان", "two more", "both", "ambos", "ambas",
                "keduanya", "كلا", "два", "две", "двух", "двумя", "двое", "zwei", "beide", "beiden", "دو", "iki", "ikisi", "ikisinin", "ikisini", "due", "دوو",
                "entrambi", "entrambe");
        put(3, "three", "trois", "tres", "tiga", "ثلاث", "ثلاثه", "три", "трех", "тремя", "трое", "drei", "سه", "üç", "üçü", "üçünün", "tre", "سێ");
        put(4, "four", "quatre", "cuatro", "quatro", "empat", "اربع", "اربعه", "четыре", "четырех", "четверо", "vier",
                "چهار", "dört", "quattro", "چوار");
        put(5, "five", "cinq", "cinco", "lima", "خمس", "خمسه", "пять", "пяти", "пятеро", "funf", "پنج", "beş", "cinque", "پێنج");
        put(6, "six", "seis", "enam", "ست", "سته", "шесть", "шести", "шестеро", "sechs", "شش", "altı", "sei", "شەش");
        put(7, "seven", "sept", "siete", "sete", "tujuh", "سبع", "سبعه", "семь", "семи", "sieben", "هفت", "yedi", "sette");
        put(8, "eight", "huit", "ocho", "oito", "delapan", "ثماني", "ثمانيه", "восемь", "восьми", "acht", "هشت", "sekiz", "otto");
        put(9, "nine", "neuf", "nueve", "nove", "sembilan", "تسع", "تسعه", "девять", "девяти", "neun", "dokuz");
        put(10, "ten", "dix", "diez", "dez", "sepuluh", "عشر", "عشره", "десять", "десяти", "zehn", "ده", "dieci");
        put(11, "eleven", "onze", "once", "elf", "undici");
        put(12, "twelve", "douze", "doce", "doze", "zwolf", "dodici");
        put(13, "thirteen");
        put(14, "fourteen");
        put(15, "fifteen", "quinze", "quince", "quindici");
        put(16, "sixteen");
        put(20, "twenty", "vingt", "veinte", "vinte", "двадцать", "zwanzig", "venti");
    }

    private Numbers() {
    }

    private static void put(int value, String... words) {
        for (var word : words) {
            WORDS.put(FoldedText.fold(word), value);
        }
    }

    /** The number a word or digit string stands for, or null. */
    static Integer parse(String word) {
        if (word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() < 5) {
            return Integer.parseInt(word);
        }
        return WORDS.get(word);
    }
}
